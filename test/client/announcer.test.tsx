// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GameAnnouncements } from '../../client/features/announce/GameAnnouncements.tsx';
import { type AnnouncePreference, createAnnouncer } from '../../client/ui/announcer.ts';
import { AnnounceSetting, LiveRegions } from '../../client/ui/LiveRegions.tsx';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { Proposal } from '../../shared/game/state.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { renderWith, seatedClient, T0, viewAt } from './helpers.tsx';

afterEach(cleanup);

/** Every line said politely since the page opened (the region itself keeps only the latest few). */
let heard: string[] = [];
function said(): string[] {
  return heard;
}

/** A client holding `first`, with the announcer and its live regions on the page. */
function announcing(first: PlayerView, preference: AnnouncePreference = 'all', language: 'en' | 'ja' = 'en') {
  const { client } = seatedClient(first);
  const announcer = createAnnouncer();
  announcer.setPreference(preference);
  heard = [];
  let last = 0;
  announcer.regions.subscribe(() => {
    for (const line of announcer.regions.get().polite) {
      if (line.id > last) heard.push(line.text);
      last = Math.max(last, line.id);
    }
  });
  renderWith(
    <>
      <LiveRegions />
      <AnnounceSetting />
      <GameAnnouncements />
    </>,
    client,
    language,
    announcer,
  );
  const hold = (view: PlayerView) =>
    act(() => client.store.set((state) => ({ ...state, game: { seq: view.seq + 1, view } })));
  return { announcer, hold, client };
}

const negotiate = viewAt('negotiate');

/** White House speaks in public (the market's headline on it comes at the same instant) and in private. */
function withWhiteHouseTalking(view: PlayerView): PlayerView {
  return {
    ...view,
    statements: [
      ...view.statements,
      { id: 's90', at: T0 + 900, round: 1, from: 'whiteHouse', text: 'Tariffs stay.', signal: 'none' },
    ],
    news: [...view.news, { id: 'n90', at: T0 + 900, round: 1, headline: { key: 'news.paused' } }],
    channels: [
      {
        id: 'tokyo+whiteHouse',
        members: ['tokyo', 'whiteHouse'],
        messages: [{ id: 'm91', at: T0 + 910, round: 1, from: 'whiteHouse', text: 'Can we talk?' }],
      },
    ],
  };
}

const offer: Proposal = {
  id: 'P7',
  proposer: 'whiteHouse',
  signatories: ['whiteHouse', 'tokyo'],
  signedBy: ['whiteHouse'],
  status: 'open',
  round: 1,
  at: T0 + 920,
  terms: [{ kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true }],
  durationRounds: 2,
};

describe('the announcer', () => {
  it('says a keyed event once, however often it is told', () => {
    const announcer = createAnnouncer();
    expect(announcer.say('Round 2 of 3: News.', { once: 'phase:2:news' })).toBe(true);
    expect(announcer.say('Round 2 of 3: News.', { once: 'phase:2:news' })).toBe(false);
    expect(announcer.regions.get().polite.map((line) => line.text)).toEqual(['Round 2 of 3: News.']);
  });

  it('keeps to the choice made: details only for "all", nothing when off, and never replays the past', () => {
    const written: string[] = [];
    const announcer = createAnnouncer({ read: () => 'essential', write: (value) => written.push(value) });
    expect(announcer.preference.get()).toBe('essential');
    expect(announcer.say('News: a rumour', { level: 'detail' })).toBe(false);
    expect(announcer.say('Proposal P7 waits', { level: 'essential' })).toBe(true);
    announcer.setPreference('off');
    expect(written).toEqual(['off']);
    expect(announcer.say('Round 3 report', { once: 'report:3' })).toBe(false);
    announcer.setPreference('all');
    expect(announcer.say('Round 3 report', { once: 'report:3' })).toBe(false);
    expect(announcer.say('Time is almost up', { urgent: true })).toBe(true);
    expect(announcer.regions.get()).toEqual({
      polite: [{ id: 1, text: 'Proposal P7 waits', parts: [{ text: 'Proposal P7 waits' }] }],
      assertive: [{ id: 2, text: 'Time is almost up', parts: [{ text: 'Time is almost up' }] }],
    });
  });

  it('reads an unknown stored choice as "all"', () => {
    expect(createAnnouncer({ read: () => 'loud', write: () => {} }).preference.get()).toBe('all');
  });
});

describe('game events in the live region', () => {
  it('announces a phase change once, with its round and what to do, even when the view comes again', () => {
    const { hold } = announcing(viewAt('news'));
    hold(negotiate);
    hold({ ...negotiate });
    expect(said()).toEqual([
      'Round 1 of 3: Negotiate. Talk in public and in private, and propose deals. Markets tick as you talk.',
    ]);
  });

  it('says a statement once (not its market headline again) and a private message from another role', () => {
    const { hold } = announcing(negotiate);
    const talking = withWhiteHouseTalking(negotiate);
    hold(talking);
    hold({ ...talking, seq: talking.seq + 5 });
    expect(said()).toEqual([
      'Private message from White House: Can we talk?',
      'Statement from White House: Tariffs stay.',
    ]);
  });

  it('says once what a private answer answers, in English and in Japanese', () => {
    const asked = {
      id: 'm90',
      at: T0 + 900,
      round: 1,
      from: 'tokyo' as const,
      text: 'Terms?',
      intent: { kind: 'askTerms' as const },
    };
    const answer = {
      id: 'm92',
      at: T0 + 920,
      round: 1,
      from: 'whiteHouse' as const,
      text: 'Not yet.',
      inReplyTo: 'm90',
    };
    const channel = (messages: (typeof asked | typeof answer)[]) => [
      { id: 'tokyo+whiteHouse', members: ['tokyo' as const, 'whiteHouse' as const], messages },
    ];
    for (const [language, line] of [
      ['en', 'Private message from White House, answering Tokyo: Ask for terms: Not yet.'],
      ['ja', 'ホワイトハウスから非公開メッセージ（東京への返答：条件を聞く）：Not yet.'],
    ] as const) {
      const { hold } = announcing({ ...negotiate, channels: channel([asked]) }, 'all', language);
      const answered = { ...negotiate, channels: channel([asked, answer]) };
      hold(answered);
      hold({ ...answered, seq: answered.seq + 3 });
      expect(said()).toEqual([line]);
      cleanup();
    }
  });

  it("says a teammate's message in the team chat once, with who wrote it, and not this person's own", () => {
    const { hold, client } = announcing(negotiate);
    // This browser is Aiko (person2) at Tokyo; Ken and another Aiko are her teammates.
    act(() =>
      client.store.set((state) => ({
        ...state,
        seat: state.seat ? { ...state.seat, personId: 'person2' } : null,
      })),
    );
    const message = (id: string, author: string, authorId: string, text: string) => ({
      id,
      at: T0 + 950,
      round: 1,
      from: 'tokyo' as const,
      text,
      author,
      authorId,
    });
    const talking: PlayerView = {
      ...negotiate,
      channels: [
        {
          id: 'tokyo',
          members: ['tokyo'],
          messages: [
            message('m91', 'Ken', 'person5', 'We hold.'),
            message('m92', 'Aiko', 'person2', 'Agreed.'),
            message('m93', 'Aiko', 'person7', 'Me too.'),
          ],
        },
      ],
    };
    hold(talking);
    hold({ ...talking, seq: talking.seq + 5 });
    expect(said()).toEqual(['Team chat, Ken: We hold.', 'Team chat, Aiko: Me too.']);
  });

  it('marks English words a player typed with lang="en" on a Japanese screen, and Japanese ones on an English screen', () => {
    const { hold } = announcing(negotiate, 'all', 'ja');
    hold(withWhiteHouseTalking(negotiate));
    const region = screen.getByTestId('announcer');
    const lines = [...region.querySelectorAll('p')];
    expect(lines.map((line) => line.innerHTML)).toEqual([
      'ホワイトハウスから非公開メッセージ：<span lang="en">Can we talk?</span>',
      'ホワイトハウスの声明：<span lang="en">Tariffs stay.</span>',
    ]);
    cleanup();

    const talking = withWhiteHouseTalking(negotiate);
    const inJapanese = {
      ...talking,
      statements: talking.statements.map((statement) =>
        statement.id === 's90' ? { ...statement, text: '関税は維持する。' } : statement,
      ),
    };
    const english = announcing(negotiate, 'all', 'en');
    english.hold(inJapanese);
    expect(screen.getByTestId('announcer').querySelector('span[lang="ja"]')?.textContent).toBe(
      '関税は維持する。',
    );
    expect(screen.getByTestId('announcer').querySelectorAll('span[lang="en"]')).toHaveLength(0);
  });

  it('tells the seat a proposal waits for it, and nothing of its own words', () => {
    const { hold } = announcing(negotiate);
    hold({
      ...negotiate,
      proposals: [offer, { ...offer, id: 'P8', proposer: 'tokyo', signedBy: ['tokyo'] }],
      statements: [{ id: 's91', at: T0 + 930, round: 1, from: 'tokyo', text: 'We hold.', signal: 'none' }],
    });
    expect(said()).toEqual(['Proposal P7 from White House waits for your answer.']);
  });

  it('with "my turn and results only", skips statements but keeps messages and proposals', () => {
    const { hold } = announcing(negotiate, 'essential');
    hold({ ...withWhiteHouseTalking(negotiate), proposals: [offer] });
    expect(said()).toEqual([
      'Proposal P7 from White House waits for your answer.',
      'Private message from White House: Can we talk?',
    ]);
  });

  it('announces nothing at all when off, and the choice is made in the setting', () => {
    const { hold, announcer } = announcing(negotiate);
    act(() => {
      const select = screen.getByLabelText('Announcements') as HTMLSelectElement;
      select.value = 'off';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(announcer.preference.get()).toBe('off');
    hold({ ...withWhiteHouseTalking(negotiate), proposals: [offer] });
    expect(said()).toEqual([]);
  });

  it("reads the round's report with the seat's score and its change, then the end with the rank", () => {
    const decide = viewAt('decide');
    const { hold } = announcing(decide);
    const report = (round: number, tokyo: number) => ({
      round,
      at: T0 + 1000 * round,
      headlines: [],
      market: decide.marketPath[0]!,
      scores: { tokyo, whiteHouse: 50, investors: 50, usBusiness: 50 },
      backstop: false,
      missedSheets: [],
    });
    hold({ ...decide, phase: 'news', round: 2, reports: [report(1, 52)] });
    hold({ ...decide, phase: 'decide', round: 2, reports: [report(1, 52)] });
    const scores = { tokyo: 61, whiteHouse: 70, investors: 45, usBusiness: 40 } as const;
    const seats = Object.fromEntries(
      ROLE_IDS.map((role) => [role, { ...decide.seats[role], score: scores[role] }]),
    ) as PlayerView['seats'];
    hold({
      ...decide,
      phase: 'ended',
      round: 2,
      seats,
      you: { ...decide.you!, score: { ...decide.you!.score, total: 61.2 } },
      reports: [report(1, 52), report(2, 61)],
    });
    expect(said()).toEqual([
      'Round 1 report: your score is 52.',
      'Round 2 of 3: News. What happened since last round.',
      'Round 2 of 3: Decide. Hand in your sealed move sheet; you can revise it until the time runs out.',
      'Round 2 report: your score is 61 (+9).',
      'The game is over. You finished 2 of 4 with a score of 61.',
    ]);
    // The region on the page holds the latest lines, as a screen reader found them added.
    expect(
      [...screen.getByTestId('announcer').querySelectorAll('p')].map((line) => line.textContent),
    ).toEqual(said().slice(-3));
  });
});

describe('the seat’s own takeover in the live region', () => {
  it('tells the seat it is warned, played by a bot, and its own again, each once', () => {
    const decide = viewAt('decide');
    const withControl = (control: PlayerView['seats']['tokyo']['control']): PlayerView => ({
      ...decide,
      seats: { ...decide.seats, tokyo: { ...decide.seats.tokyo, control } },
    });
    const { hold } = announcing(decide);
    hold(withControl({ status: 'warned', since: T0, takeoverAt: T0 + 30_000 }));
    hold(withControl({ status: 'bot', since: T0 + 30_000, level: 'easy' }));
    hold(withControl(null));
    hold(withControl(null));
    expect(heard.slice(1)).toEqual([
      'A bot is now playing your seat. Press “I’m back” to take it back.',
      'You are playing your seat again: the bot has stepped out.',
    ]);
    expect(heard[0]).toMatch(/^You seem to be away\. A bot will play your seat from /);
  });
});

// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebriefScreen } from '../../client/features/debrief/DebriefScreen.tsx';
import { TALK_PHRASES_JA } from '../../client/i18n/bots-ja.ts';
import { createSeatStore } from '../../client/net/seat-store.ts';
import { gameExportOf } from '../../shared/debrief/export.ts';
import { TALK_PHRASES_EN } from '../../shared/protocol/talk.ts';
import { DEFAULT_SHOCKS } from '../../shared/scenario/shocks.ts';
import { gameWithSale, tokyoWhisper } from '../shared/debrief/played-games.ts';
import { renderWith, seatedClient, TOKEN } from './helpers.tsx';

// The charts draw on a canvas jsdom does not have; the debrief's other parts are what is tested here.
vi.mock('../../client/features/charts/MarketCharts.tsx', () => ({ MarketCharts: () => null }));

const run = gameWithSale();
const finished = gameExportOf({ config: run.config, code: 'K7M2QX', createdAt: 0, log: run.log, people: [] });
const running = gameExportOf({
  config: run.config,
  code: 'K7M2QX',
  createdAt: 0,
  log: run.log.slice(0, Math.floor(run.log.length / 2)),
  people: [],
});
const requests: { url: string; authorization: string | null }[] = [];

function serve(body: unknown, status = 200) {
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    requests.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
}

beforeEach(() => {
  requests.length = 0;
  window.localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the debrief screen', () => {
  it("asks with the host's token and shows the sheets, the questions and the transcripts of a finished game", async () => {
    serve(finished);
    const { client } = seatedClient();
    renderWith(<DebriefScreen gameId="game-1" />, client);
    const tokyo = await screen.findByTestId('debrief-sheets-tokyo');
    expect(requests).toEqual([{ url: '/api/games/game-1/export.json', authorization: `Bearer ${TOKEN}` }]);
    const round2 = within(tokyo).getAllByRole('row')[2]!;
    expect(within(round2).getByRole('rowheader').textContent).toBe('2');
    const cells = within(round2)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual(['Sell', '100']);
    expect(screen.getByTestId('debrief-questions').textContent).toContain(
      'Table K7M2QX’s Tokyo sold $100bn in round 2: what did it buy?',
    );
    expect(screen.getByTestId('debrief-transcripts').textContent).toContain(tokyoWhisper(3));
    expect(screen.getAllByRole('row', { name: /^[1-6] / }).length).toBeGreaterThan(0);
    for (const role of ['tokyo', 'whiteHouse', 'investors', 'usBusiness'])
      expect(screen.getByTestId(`debrief-breakdown-${role}`)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Debrief · K7M2QX');
  });

  it("names a class session's table by its number, never by its code, in the title and the questions", async () => {
    const atTable3 = gameExportOf({
      config: run.config,
      code: 'K7M2QX',
      createdAt: 0,
      log: run.log,
      people: [],
      table: '3',
    });
    for (const [language, title, question] of [
      ['en', 'Debrief · Table 3', 'Table 3’s Tokyo sold $100bn in round 2'],
      ['ja', 'デブリーフ · テーブル3', 'テーブル3の東京は第2ラウンドに1000億ドルを売却しました'],
    ] as const) {
      serve(atTable3);
      const { unmount } = renderWith(
        <DebriefScreen gameId="game-1" classroomId="class-1" />,
        seatedClient().client,
        language,
      );
      const questions = await screen.findByTestId('debrief-questions');
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
      expect(questions.textContent).toContain(question);
      expect(document.body.textContent).not.toContain('K7M2QX');
      unmount();
    }
  });

  it('words the questions in Japanese for a Japanese page', async () => {
    serve(finished);
    const { client } = seatedClient();
    renderWith(<DebriefScreen gameId="game-1" />, client, 'ja');
    const questions = await screen.findByTestId('debrief-questions');
    expect(questions.textContent).toContain('テーブルK7M2QXの東京は第2ラウンドに1000億ドルを売却しました');
    // The bots' private words read in Japanese too; what a person typed stays as typed.
    const transcripts = screen.getByTestId('debrief-transcripts').textContent ?? '';
    expect(transcripts).toContain(TALK_PHRASES_JA['talk.offer.proposed']);
    expect(transcripts).not.toContain(TALK_PHRASES_EN['talk.offer.proposed']);
    expect(transcripts).toContain(tokyoWhisper(3));
  });

  it('tells a player who was alone with the bots what the transcripts are, not a facilitator', async () => {
    const alone = { ...finished, game: { ...finished.game, tableOfOne: true } };
    for (const [language, lead, facilitator] of [
      [
        'en',
        'Everything said in private at your table, the bots’ messages to one another included.',
        'facilitator',
      ],
      [
        'ja',
        'このテーブルで交わされた非公開のやり取りのすべて。ボット同士のメッセージも含みます。',
        '進行役',
      ],
    ] as const) {
      serve(alone);
      const { client } = seatedClient();
      const { unmount } = renderWith(<DebriefScreen gameId="game-1" />, client, language);
      const transcripts = await screen.findByTestId('debrief-transcripts');
      expect(transcripts.textContent).toContain(lead);
      expect(transcripts.textContent).not.toContain(facilitator);
      unmount();
    }
    // A table of people keeps the facilitator's lead.
    serve(finished);
    renderWith(<DebriefScreen gameId="game-1" />, seatedClient().client);
    expect((await screen.findByTestId('debrief-transcripts')).textContent).toContain(
      'For the facilitator: players were told at the start that these may be read.',
    );
  });

  it('names a library shock in the timeline in the page’s language', async () => {
    const [first, ...rest] = finished.debrief.timeline;
    const at = first!.path.at(-1)!.at;
    const shocked = {
      ...finished,
      debrief: {
        ...finished.debrief,
        timeline: [
          {
            ...first!,
            annotations: [...first!.annotations, { kind: 'shock' as const, at, shockId: 'sale-rumour' }],
          },
          ...rest,
        ],
      },
    };
    const shock = DEFAULT_SHOCKS.find((candidate) => candidate.id === 'sale-rumour')!;
    for (const language of ['en', 'ja'] as const) {
      serve(shocked);
      const { unmount } = renderWith(<DebriefScreen gameId="game-1" />, seatedClient().client, language);
      const rounds = await screen.findByTestId('debrief-rounds');
      const shown = rounds.querySelector('[data-kind="shock"]')!.textContent;
      expect(shown).toContain(shock.title[language]);
      if (language === 'ja') expect(shown).not.toContain(shock.title.en);
      unmount();
    }
  });

  it('shows no sheet or transcript while the game runs', async () => {
    serve(running);
    const { client } = seatedClient();
    renderWith(<DebriefScreen gameId="game-1" />, client);
    await screen.findByTestId('debrief-rounds');
    expect(screen.getByText(/still running: this is the public record only/)).toBeTruthy();
    expect(screen.queryByTestId('debrief-sheets-tokyo')).toBeNull();
    expect(screen.queryByTestId('debrief-transcripts')).toBeNull();
  });

  it("asks nothing for a player's seat and says only the host can open it", async () => {
    serve(finished);
    const { client } = seatedClient();
    createSeatStore(window.localStorage).save({
      gameId: 'game-1',
      code: 'K7M2QX',
      role: 'tokyo',
      token: TOKEN,
      isHost: false,
    });
    renderWith(<DebriefScreen gameId="game-1" />, client);
    expect(
      await screen.findByText('Only the host of this game can open its debrief from this browser.'),
    ).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it('says so when the server refuses', async () => {
    serve({ error: { code: 'FORBIDDEN', message: 'no' } }, 403);
    const { client } = seatedClient();
    renderWith(<DebriefScreen gameId="game-1" />, client);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The debrief could not be loaded (403). Try again in a moment.',
    );
  });
});

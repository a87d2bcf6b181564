// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatPanel } from '../../client/features/chat/ChatPanel.tsx';
import { closedByText } from '../../client/features/deals/term-text.ts';
import { EndScreen } from '../../client/features/end/EndScreen.tsx';
import { RoundReportView } from '../../client/features/news/RoundReport.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { TeamPanel } from '../../client/features/team/TeamPanel.tsx';
import { headlineText } from '../../client/i18n/format.ts';
import type { Language } from '../../client/i18n/setup.ts';
import { createI18n } from '../../client/i18n/setup.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import { renderWith, roster, rosterWithTokyo, seatedClient, viewAt } from './helpers.tsx';

// The charts draw on a canvas jsdom does not have; the end screen's standings are what is tested here.
vi.mock('../../client/features/charts/MarketCharts.tsx', () => ({ MarketCharts: () => null }));

afterEach(cleanup);

/** Renders `ui` for Tokyo (Aiko, with Ken in her team) holding `view`, in `language`. */
function renderAsTokyo(ui: React.ReactElement, view: PlayerView, language: Language) {
  const { client } = seatedClient(view);
  const base = roster();
  client.store.set((state) => ({
    ...state,
    roster: {
      ...base,
      seats: base.seats.map((seat) =>
        seat.role === 'tokyo'
          ? {
              ...seat,
              people: [...seat.people, { id: 'person5', name: 'Ken', connected: true, isHost: false }],
            }
          : seat,
      ),
    },
    seat: state.seat ? { ...state.seat, personId: 'person2' } : null,
  }));
  renderWith(ui, client, language);
}

/** Every place that marks the reader's own seat or name, with the text of what it marks. */
const MARKED: Record<string, (language: Language) => string> = {
  standings: (language) => {
    const view = viewAt('negotiate', 'tokyo');
    renderAsTokyo(<ScoresPanel view={view} />, view, language);
    return within(screen.getByTestId('standing-tokyo')).getByRole('rowheader').textContent ?? '';
  },
  roundReport: (language) => {
    const view = viewAt('negotiate', 'tokyo');
    const report = {
      round: 1,
      headlines: [],
      market: view.market,
      backstop: false,
      missedSheets: [],
      scores: { tokyo: 50, whiteHouse: 50, investors: null, usBusiness: null },
    } as unknown as Parameters<typeof RoundReportView>[0]['report'];
    renderAsTokyo(
      <RoundReportView report={report} previous={undefined} seats={view.seats} you="tokyo" />,
      view,
      language,
    );
    return screen.getAllByRole('rowheader')[0]!.textContent ?? '';
  },
  endScreen: (language) => {
    const view: PlayerView = { ...viewAt('negotiate', 'tokyo'), phase: 'ended' };
    renderAsTokyo(<EndScreen />, view, language);
    return within(screen.getByTestId('final-scores')).getAllByRole('listitem')[0]!.textContent ?? '';
  },
  chat: (language) => {
    const base = viewAt('negotiate', 'tokyo');
    const said = {
      id: 'm1',
      at: base.marketPath[0]?.at ?? 0,
      round: 1,
      from: 'tokyo' as const,
      text: 'Terms?',
    };
    const view: PlayerView = {
      ...base,
      channels: [{ id: 'tokyo+whiteHouse', members: ['tokyo', 'whiteHouse'], messages: [said] }],
    };
    renderAsTokyo(<ChatPanel view={view} />, view, language);
    fireEvent.click(screen.getByTestId('conversation-tokyo+whiteHouse'));
    return screen.getByTestId('message-list').querySelector('.message-meta strong')?.textContent ?? '';
  },
  team: (language) => {
    const view = viewAt('negotiate', 'tokyo');
    renderAsTokyo(<TeamPanel view={view} seat="tokyo" />, view, language);
    return screen.getByTestId('team-members').textContent ?? '';
  },
};

describe('lists, brackets and the host’s name on a Japanese screen', () => {
  it('joins names with 、 and no ASCII comma, in a headline and in a round report', () => {
    const ja = createI18n('ja');
    expect(
      headlineText(ja, { key: 'news.dealSigned', params: { parties: 'tokyo,whiteHouse', rounds: 2 } }),
    ).toBe('東京、ホワイトハウスが2ラウンドの合意に署名');
    const en = createI18n('en');
    expect(
      headlineText(en, { key: 'news.dealSigned', params: { parties: 'tokyo,whiteHouse', rounds: 2 } }),
    ).toBe('Deal signed by Tokyo, White House for 2 rounds');
    const view = viewAt('negotiate');
    const report = {
      round: 1,
      headlines: [],
      market: view.market,
      backstop: false,
      missedSheets: ['tokyo', 'whiteHouse'],
      scores: { tokyo: 50, whiteHouse: 50, investors: null, usBusiness: null },
    } as unknown as Parameters<typeof RoundReportView>[0]['report'];
    const { client } = seatedClient(view);
    renderWith(<RoundReportView report={report} previous={undefined} seats={view.seats} />, client, 'ja');
    expect(screen.getByText(/シート未提出/).textContent).toBe(
      'シート未提出（継続方針を適用）：東京、ホワイトハウス',
    );
  });

  it('marks your own seat or name with no space before the full-width bracket, wherever it is marked', () => {
    const expected: Record<string, { en: string; ja: string }> = {
      standings: { en: 'Tokyo (you)', ja: '東京（あなた）' },
      roundReport: { en: 'Tokyo (you)', ja: '東京（あなた）' },
      endScreen: { en: "Tokyo (Japan's finance ministry) (you)", ja: '東京（日本の財務省）（あなた）' },
      chat: { en: 'Tokyo (you)', ja: '東京（あなた）' },
      team: { en: 'Aiko (you)', ja: 'Aiko（あなた）' },
    };
    expect(Object.keys(expected).sort()).toEqual(Object.keys(MARKED).sort());
    for (const [place, text] of Object.entries(MARKED)) {
      for (const language of ['en', 'ja'] as const) {
        const shown = text(language);
        expect(shown, `${place} in ${language}`).toContain(expected[place]![language]);
        expect(shown, `${place} in ${language}`).not.toMatch(/\s（/);
        cleanup();
      }
    }
  });

  it('puts who closed a proposal in full-width brackets', () => {
    const ja = createI18n('ja');
    expect(`${ja.t('deals.status.rejected')}${closedByText(ja.t, { closedBy: 'whiteHouse' })}`).toBe(
      '拒否（ホワイトハウス）',
    );
    const en = createI18n('en');
    expect(`${en.t('deals.status.rejected')}${closedByText(en.t, { closedBy: 'whiteHouse' })}`).toBe(
      'Rejected (White House)',
    );
  });

  it('shows the host who gave no name as 主催者, not "Host"', () => {
    const view = viewAt('negotiate', 'tokyo');
    const { client } = seatedClient(view);
    client.store.set((state) => ({
      ...state,
      roster: rosterWithTokyo(
        [
          { id: 'person1', name: 'Host', connected: true, isHost: true },
          { id: 'person2', name: 'Aiko', connected: true, isHost: false },
        ],
        'person2',
      ),
    }));
    renderWith(<ScoresPanel view={view} />, client, 'ja');
    expect(within(screen.getByTestId('standing-tokyo')).getAllByRole('cell')[1]!.textContent).toBe(
      '主催者、Aiko',
    );
  });
});

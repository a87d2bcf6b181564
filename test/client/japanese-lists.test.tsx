// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closedByText } from '../../client/features/deals/term-text.ts';
import { RoundReportView } from '../../client/features/news/RoundReport.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { headlineText } from '../../client/i18n/format.ts';
import { createI18n } from '../../client/i18n/setup.ts';
import { renderWith, roster, seatedClient, viewAt } from './helpers.tsx';

afterEach(cleanup);

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
    const base = roster();
    client.store.set((state) => ({
      ...state,
      roster: {
        ...base,
        seats: base.seats.map((seat) =>
          seat.role === 'tokyo'
            ? {
                ...seat,
                people: [
                  { id: 'person1', name: 'Host', connected: true, isHost: true },
                  { id: 'person2', name: 'Aiko', connected: true, isHost: false },
                ],
              }
            : seat,
        ),
      },
    }));
    renderWith(<ScoresPanel view={view} />, client, 'ja');
    expect(within(screen.getByTestId('standing-tokyo')).getAllByRole('cell')[1]!.textContent).toBe(
      '主催者、Aiko',
    );
  });
});

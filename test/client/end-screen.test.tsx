// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DealStories } from '../../client/features/end/DealStories.tsx';
import { EndScreen } from '../../client/features/end/EndScreen.tsx';
import { ScoresPanel } from '../../client/features/scores/ScoresPanel.tsx';
import { standingsOf } from '../../client/features/scores/standings.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { Deal, Proposal } from '../../shared/game/state.ts';
import type { Term } from '../../shared/protocol/deals.ts';
import { renderWith, roster, seatedClient, viewAt } from './helpers.tsx';

// The charts draw on a canvas jsdom does not have; the debrief's other parts are what is tested here.
vi.mock('../../client/features/charts/MarketCharts.tsx', () => ({ MarketCharts: () => null }));

afterEach(cleanup);

const NO_NET_SALES: Term = { kind: 'noNetSales', role: 'tokyo' };
const CAP: Term = { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true };

function proposal(id: string, status: Proposal['status'], round: number): Proposal {
  return {
    id,
    proposer: 'whiteHouse',
    signatories: ['tokyo', 'whiteHouse'],
    signedBy: ['whiteHouse'],
    status,
    round,
    at: 0,
    terms: [CAP, NO_NET_SALES],
    durationRounds: 2,
  };
}

function deal(status: Deal['status']): Deal {
  return {
    id: 'd3',
    proposalId: 'p1',
    terms: [CAP, NO_NET_SALES],
    signatories: ['tokyo', 'whiteHouse'],
    signedAt: 0,
    fromRound: 5,
    untilRound: 6,
    status,
  };
}

/** A finished six-round game: a deal signed in round 5, and a sale in round 5 reported after the end. */
function endedView(changes: Partial<PlayerView> = {}): PlayerView {
  const view = viewAt('negotiate');
  return {
    ...view,
    phase: 'ended',
    round: 6,
    rounds: 6,
    proposals: [proposal('p1', 'signed', 5), proposal('p2', 'rejected', 4), proposal('p4', 'open', 6)],
    deals: [deal('expired')],
    breaches: [{ dealId: 'd3', role: 'tokyo', term: NO_NET_SALES, round: 5, publicFromRound: 7 }],
    ...changes,
  };
}

describe('the deal stories', () => {
  it('ends a deal broken in secret as broken, not as kept until it expired', () => {
    const { client } = seatedClient(endedView());
    renderWith(<DealStories view={endedView()} />, client);
    const story = screen.getByTestId('deal-story');
    expect(story.textContent).toContain('Tokyo broke it in round 5');
    expect(story.textContent).toContain('Broken: the breach was still secret when the game ended.');
    expect(story.textContent).not.toContain('Kept until it expired');
  });

  it('keeps "kept until it expired" for a deal nobody broke', () => {
    const view = endedView({ breaches: [] });
    const { client } = seatedClient(view);
    renderWith(<DealStories view={view} />, client);
    expect(screen.getByTestId('deal-story').textContent).toContain('Kept until it expired.');
  });

  it('lists proposals still open at the end among those that never became deals', () => {
    const { client } = seatedClient(endedView());
    renderWith(<DealStories view={endedView()} />, client);
    const lines = screen.getAllByTestId('unsigned-proposal').map((line) => line.textContent);
    expect(lines).toEqual([
      'p2 by White House, round 4: Rejected',
      'p4 by White House, round 6: still open when the game ended',
    ]);
  });
});

describe('the final standings', () => {
  const live = { scoreAsOfRound: null, scoreHiddenUntil: null } as const;
  const tied = (view: PlayerView): PlayerView['seats'] => ({
    tokyo: { ...view.seats.tokyo, ...live, score: 61 },
    whiteHouse: { ...view.seats.whiteHouse, ...live, score: 37 },
    investors: { ...view.seats.investors, ...live, score: 52 },
    usBusiness: { ...view.seats.usBusiness, ...live, score: 37 },
  });

  it('gives tied scores the same rank and skips the next one', () => {
    const view = endedView();
    expect(standingsOf(tied(view)).map(({ role, rank }) => [role, rank])).toEqual([
      ['tokyo', 1],
      ['investors', 2],
      ['whiteHouse', 3],
      ['usBusiness', 3],
    ]);
  });

  it('shows the shared rank and the players’ names on the end screen', () => {
    const view = endedView();
    const withTie = { ...view, seats: tied(view) };
    const { client } = seatedClient(withTie);
    client.store.set((state) => ({ ...state, roster: roster() }));
    renderWith(<EndScreen />, client);
    const rows = within(screen.getByTestId('final-scores'))
      .getAllByRole('listitem')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "1Tokyo (Japan's finance ministry) (you) · Aiko61",
      '2Bond investors · Bot52',
      '3The White House · Bot37',
      '3US businesses · Bot37',
    ]);
  });

  it('names the people in each seat in the standings during the game', () => {
    const view = viewAt('negotiate');
    const { client } = seatedClient(view);
    client.store.set((state) => ({ ...state, roster: roster() }));
    renderWith(<ScoresPanel view={view} />, client);
    const tokyo = within(screen.getByRole('table', { name: 'Standings' })).getByTestId('standing-tokyo');
    // The first cell is the rank, then who plays the seat.
    expect(within(tokyo).getAllByRole('cell')[1]?.textContent).toBe('Aiko');
  });
});

describe('the bots’ reasons', () => {
  const refuse = {
    key: 'bot.deal.rejectAnyLoss',
    params: { loss: 3, without: '52', with: '49' },
  };
  const view = endedView({
    botReasons: [
      { round: 2, role: 'whiteHouse', at: 10, reason: refuse },
      { round: 2, role: 'investors', at: 11, reason: refuse },
      { round: 3, role: 'whiteHouse', at: 20, reason: refuse },
      // The same reason twice at one moment: still said once.
      { round: 3, role: 'whiteHouse', at: 20, reason: refuse },
      { round: 4, role: 'whiteHouse', at: 30, reason: { ...refuse, params: { ...refuse.params, loss: 5 } } },
      { round: 5, role: 'whiteHouse', at: 40, reason: refuse },
    ],
  });
  const shown = () =>
    screen
      .getAllByTestId('bot-reasons')
      .flatMap((list) => within(list).getAllByRole('listitem'))
      .map((item) => item.textContent);

  it('lists a reason given again once, with the rounds it applied to', () => {
    const { client } = seatedClient(view);
    const { unmount } = renderWith(<EndScreen />, client);
    const refused = 'Refuse: I sign nothing that lowers my projected score; this lowers it by 3 (52 → 49).';
    expect(shown()).toEqual([
      `White House: ${refused} (rounds 2, 3, 5)`,
      `Investors: ${refused} (round 2)`,
      'White House: Refuse: I sign nothing that lowers my projected score; this lowers it by 5 (52 → 49). (round 4)',
    ]);
    unmount();
    renderWith(<EndScreen />, client, 'ja');
    expect(shown()[0]).toMatch(/（第2、3、5ラウンド）$/);
    expect(shown()).toHaveLength(3);
  });
});

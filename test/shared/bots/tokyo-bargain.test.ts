import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import type { BotContext } from '../../../shared/bots/context.ts';
import { signingTest } from '../../../shared/bots/negotiation.ts';
import { tokyoPlaybook } from '../../../shared/bots/tokyo.ts';
import type { BotProfile, Level, Personality } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { Proposal } from '../../../shared/game/state.ts';
import type { Term } from '../../../shared/protocol/deals.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { defaultProfiles, gameSeed } from '../../../shared/sim/profiles.ts';
import { SEED, tableAt } from './fixtures.ts';

/**
 * A hard Tokyo bargains (tokyo-bargain.ts): it asks the cheapest terms the White House, as it reads it from
 * the public record, signs, and answers a White House offer it would sign with those terms when they cost
 * Japan less. Before, hard and easy Tokyo signed the same July 2025 terms (15–18% for $550bn pledged) in
 * three games of four, and the deal decided the game whatever Tokyo's level (hard − easy 1.0 points).
 */

const scenario = DEFAULT_SCENARIO;

function contextFor(view: PlayerView, personality: Personality, level: Level): BotContext {
  const profile: BotProfile = { personality, level };
  return { view, scenario, profile, role: view.you?.role ?? 'tokyo', seed: SEED, memo: new Map() };
}

const capOf = (terms: readonly Term[]) => terms.find((term) => term.kind === 'tariffCap');
const pledgeOf = (terms: readonly Term[]) =>
  terms.reduce((sum, term) => sum + (term.kind === 'investmentPledge' ? term.amountBn : 0), 0);

/** The White House's own offer in the July 2025 shape: 15% for $550bn pledged and no net sales. */
function julyOffer(view: PlayerView): Proposal {
  return {
    id: 'p1',
    proposer: 'whiteHouse',
    signatories: ['whiteHouse', 'tokyo'],
    signedBy: ['whiteHouse'],
    status: 'open',
    round: view.round,
    at: 0,
    terms: [
      { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
      { kind: 'noNetSales', role: 'tokyo' },
      { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
    ],
    durationRounds: 3,
  };
}

describe('a hard Tokyo bargains for the cheapest terms the White House signs (tokyo-bargain.ts)', () => {
  it('asks the 10% baseline for no pledge where its easy self offers 12% for $200bn, and the White House signs it', () => {
    const table = tableAt('negotiate');
    const view = table.view('tokyo');
    const easy = tokyoPlaybook.proposal(contextFor(view, 'titForTat', 'easy'))?.proposal;
    const hard = tokyoPlaybook.proposal(contextFor(view, 'titForTat', 'hard'))?.proposal;
    expect(capOf(easy?.terms ?? [])).toMatchObject({ maxPct: 12 });
    expect(pledgeOf(easy?.terms ?? [])).toBe(200);
    expect(capOf(hard?.terms ?? [])).toMatchObject({ maxPct: scenario.model.pauseTariffPct });
    expect(pledgeOf(hard?.terms ?? [])).toBe(0);
    // The deal runs to the end of the game (six rounds from round 1): relief that lapses is bought twice.
    expect(hard?.durationRounds).toBe(6);
    // Read from the public record, the White House's own seat agrees: a tit-for-tat White House signs them.
    const whiteHouse = contextFor(table.view('whiteHouse'), 'titForTat', 'hard');
    expect(signingTest(whiteHouse, 'tokyo', hard?.terms ?? []).signs).toBe(true);
  });

  it('counters the White House’s July offer with its own terms where an easy Tokyo signs it', () => {
    const base = tableAt('negotiate').view('tokyo');
    const view = { ...base, proposals: [julyOffer(base)] };
    const answer = (level: Level) =>
      botActions(view, { personality: 'dove', level }, SEED).find(
        (action) => action.command.type === 'deal:accept' || action.command.type === 'deal:counter',
      )?.command;
    expect(answer('easy')).toMatchObject({ type: 'deal:accept', proposalId: 'p1' });
    const counter = answer('hard');
    expect(counter?.type).toBe('deal:counter');
    const terms = counter?.type === 'deal:counter' ? counter.proposal.terms : [];
    expect(capOf(terms)).toMatchObject({ maxPct: 10 });
    expect(pledgeOf(terms)).toBeLessThan(550);
  });

  it('concedes a step once the White House has refused its terms: it does not ask them again', () => {
    const base = tableAt('negotiate').view('tokyo');
    const first = tokyoPlaybook.proposal(contextFor(base, 'titForTat', 'hard'))?.proposal;
    const refused: Proposal = {
      id: 'p0',
      proposer: 'tokyo',
      signatories: ['tokyo', 'whiteHouse'],
      signedBy: ['tokyo'],
      status: 'rejected',
      round: 1,
      at: 0,
      terms: first?.terms ?? [],
      durationRounds: first?.durationRounds ?? 6,
    };
    const view = { ...base, round: 2, proposals: [refused] };
    const next = tokyoPlaybook.proposal(contextFor(view, 'titForTat', 'hard'))?.proposal;
    const [cap, pledge] = [capOf(next?.terms ?? []), pledgeOf(next?.terms ?? [])];
    const maxPct = cap?.kind === 'tariffCap' ? cap.maxPct : Number.NaN;
    // One step up from what was refused, and still short of the temper's standard 12% for $200bn.
    expect(maxPct > 10 || pledge > 0).toBe(true);
    expect(maxPct).toBeLessThanOrEqual(12);
    expect(pledge).toBeLessThan(200);
  });

  it('pays less for relief in whole games: paired seeds, the same table, one seat easy then hard', () => {
    // Games 8 and 9 of the default mix: a tit-for-tat White House (easy) facing a tit-for-tat Tokyo.
    for (const index of [8, 9]) {
      const play = (level: Level) => {
        const profiles = defaultProfiles(index, { tokyo: { personality: 'titForTat', level } });
        const { state } = runHeadlessGame({ seed: gameSeed(1, index), profiles });
        const deal = state.deals.find((each) => each.signatories.includes('tokyo'));
        return { deal, tariff: state.market.effectiveTariffPct, score: state.scores.tokyo.total };
      };
      const easy = play('easy');
      const hard = play('hard');
      expect(capOf(easy.deal?.terms ?? [])).toMatchObject({ maxPct: 15 });
      expect(pledgeOf(easy.deal?.terms ?? [])).toBe(550);
      expect(capOf(hard.deal?.terms ?? [])).toMatchObject({ maxPct: 10 });
      expect(pledgeOf(hard.deal?.terms ?? [])).toBe(0);
      expect(hard.tariff).toBeLessThan(easy.tariff);
      expect(hard.score).toBeGreaterThan(easy.score + 3);
    }
  });
});

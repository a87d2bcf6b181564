import { describe, expect, it } from 'vitest';
import { botActions } from '../../../shared/bots/index.ts';
import { BOT_PROFILES, playRow } from '../../../shared/sim/strategies/rows.ts';
import { SEED, tableAt } from './fixtures.ts';

/**
 * Issue 8: a hard White House plays genuinely better than an easy one of the same temperament. It settles
 * before mortgage rates bite (a hard hawk offers its deal in round 1, an easy one waits for round 3), its
 * deals run to the end of the game instead of lapsing after three rounds, and it weighs a wider range of
 * tariffs with the market model.
 */

function offer(level: 'easy' | 'hard', personality: 'hawk' | 'dove') {
  const view = tableAt('negotiate').view('whiteHouse');
  const action = botActions(view, { personality, level }, SEED).find(
    (each) => each.command.type === 'deal:propose',
  );
  return { view, proposal: action?.command.type === 'deal:propose' ? action.command.proposal : null };
}

describe('a hard White House bot', () => {
  it('offers a hawk’s deal in round 1, running to the end of the game; an easy hawk waits', () => {
    const hard = offer('hard', 'hawk');
    expect(hard.proposal?.durationRounds).toBe(hard.view.rounds - hard.view.round + 1);
    const cap = hard.proposal?.terms.find((term) => term.kind === 'tariffCap');
    expect(cap?.kind === 'tariffCap' ? cap.maxPct : null).toBe(18);
    expect(offer('easy', 'hawk').proposal).toBeNull();
  });

  it('asks a dove’s partner for the full $550bn pledge; an easy dove asks $300bn for three rounds', () => {
    const pledge = (level: 'easy' | 'hard') =>
      offer(level, 'dove').proposal?.terms.find((term) => term.kind === 'investmentPledge');
    const hard = pledge('hard');
    const easy = pledge('easy');
    expect(hard?.kind === 'investmentPledge' ? hard.amountBn : null).toBe(550);
    expect(easy?.kind === 'investmentPledge' ? easy.amountBn : null).toBe(300);
    expect(offer('easy', 'dove').proposal?.durationRounds).toBe(3);
  });

  it('scores at least 3 points more than the easy bots on paired games, over the four temperaments', () => {
    const games = 12;
    const mean = (level: 'easy' | 'hard') => {
      const rows = BOT_PROFILES.filter((profile) => profile.level === level).map((profile) =>
        playRow({ games, seed: 1 }, 'whiteHouse', { profile }),
      );
      const scores = rows.flat().map((record) => record.scores.whiteHouse);
      return scores.reduce((sum, score) => sum + score, 0) / scores.length;
    };
    expect(mean('hard') - mean('easy')).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

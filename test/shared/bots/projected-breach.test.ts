import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { projectScore } from '../../../shared/bots/projection.ts';
import { standing } from '../../../shared/bots/reading.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { capAndPledgeDeal, SEED, tableAt } from './fixtures.ts';

/**
 * A hard bot's projection counts the breaches its own sheet makes (projection.ts `ownBreachesByRound`):
 * before, breaking a pledge projected as pure saving (the pledge's cost gone, the credibility a public
 * breach costs unseen), so a hard opportunist Tokyo broke its pledge in a game's last round.
 */

const scenario = DEFAULT_SCENARIO;

const PLEDGE_DEAL = capAndPledgeDeal(550, 6, 'inForce');

function tokyoUnderDeal(): BotContext {
  const base = tableAt('decide').view('tokyo');
  const view: PlayerView = {
    ...base,
    deals: [PLEDGE_DEAL],
    publicPolicy: { ...base.publicPolicy, investmentPledgeBn: 550, tariffPct: 15, autoTariffPct: 15 },
  };
  return {
    view,
    scenario,
    profile: { personality: 'opportunist', level: 'hard' },
    role: 'tokyo',
    seed: SEED,
    memo: new Map(),
  };
}

describe('a projection counts the breaches of the sheet it projects', () => {
  it('scores a sheet that drops a pledge a signed deal holds below the sheet that keeps it', () => {
    const context = tokyoUnderDeal();
    const own = standing(context.view, 'tokyo');
    const keeping = projectScore(context, {
      own: { ...own, investmentPledgeBn: 550 },
      rounds: 1,
      purpose: 'test',
    });
    const breaking = projectScore(context, {
      own: { ...own, investmentPledgeBn: 0 },
      rounds: 1,
      purpose: 'test',
    });
    expect(breaking).toBeLessThan(keeping);
  });
});

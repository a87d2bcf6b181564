import { describe, expect, it } from 'vitest';
import { concessionFor, concessionOn } from '../../../shared/bots/concession.ts';
import type { BotContext } from '../../../shared/bots/context.ts';
import { chooseSheet } from '../../../shared/bots/sheet.ts';
import { readWhiteHouse, tokyoLookAhead } from '../../../shared/bots/tokyo-look-ahead.ts';
import type { BotProfile, Personality } from '../../../shared/bots/types.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { PublicPolicy } from '../../../shared/game/public-market.ts';
import type { PublicStatement } from '../../../shared/game/state.ts';
import { initialMarket } from '../../../shared/market/initial.ts';
import type { MoveSet } from '../../../shared/protocol/moves.ts';
import type { Signal } from '../../../shared/protocol/statements.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { SEED, tableAt } from './fixtures.ts';

const scenario = DEFAULT_SCENARIO;
const start = scenario.startingMarket;

function said(from: 'tokyo' | 'whiteHouse', signal: Signal, round: number): PublicStatement {
  return { id: `${from}-${round}-${signal}`, at: 0, round, from, text: '…', signal };
}

/** Tokyo's decide view in `round`, with the White House's record and policy as given. */
function tokyoView(round: number, statements: PublicStatement[], policy: Partial<PublicPolicy>): PlayerView {
  const view = tableAt('decide').view('tokyo');
  return { ...view, round, statements, publicPolicy: { ...view.publicPolicy, ...policy } };
}

function contextFor(view: PlayerView, profile: BotProfile): BotContext {
  return { view, scenario, profile, role: 'tokyo', seed: SEED, memo: new Map() };
}

describe('a hard Tokyo reads the White House from its public record (tokyo-look-ahead.ts)', () => {
  it('tells the four tempers apart by the tariff, the stance and what was said', () => {
    const hawk = tokyoView(2, [said('whiteHouse', 'hawkish', 1), said('whiteHouse', 'callBluff', 2)], {
      tariffPct: 30,
      autoTariffPct: 30,
      stance: 'hawkish',
    });
    const dove = tokyoView(2, [said('whiteHouse', 'conciliatory', 1)], { stance: 'conciliatory' });
    const opportunist = tokyoView(2, [said('whiteHouse', 'callBluff', 2)], {
      tariffPct: 25,
      autoTariffPct: 25,
      stance: 'hawkish',
    });
    const titForTat = tokyoView(2, [], { tariffPct: 24, autoTariffPct: 24, stance: 'neutral' });
    const read: Record<Personality, Personality> = {
      hawk: readWhiteHouse(hawk, scenario),
      dove: readWhiteHouse(dove, scenario),
      opportunist: readWhiteHouse(opportunist, scenario),
      titForTat: readWhiteHouse(titForTat, scenario),
    };
    expect(read).toEqual({ hawk: 'hawk', dove: 'dove', opportunist: 'opportunist', titForTat: 'titForTat' });
  });

  it('projects until the holdings report could show a sale made now and Washington answer it', () => {
    const early = tokyoLookAhead(contextFor(tokyoView(1, [], {}), { personality: 'hawk', level: 'hard' }));
    expect(early.rounds).toBe(scenario.holdingsReportLagRounds + 2);
    const late = tokyoView(6, [], {});
    expect(
      tokyoLookAhead(contextFor({ ...late, rounds: 6 }, { personality: 'hawk', level: 'hard' })).rounds,
    ).toBe(1);
  });
});

describe('the concession rule is stated once (concession.ts)', () => {
  it('reads the same from the facts as from the White House view they come from', () => {
    const view = tableAt('decide').view('whiteHouse');
    const threatened: PlayerView = {
      ...view,
      statements: [said('tokyo', 'threat', 1)],
      market: {
        ...view.market,
        reportedHoldingsBn: start.tokyoHoldingsBn - 40,
        yield10y: start.yield10y + 0.2,
      },
    };
    for (const personality of ['hawk', 'dove', 'titForTat', 'opportunist'] as const) {
      const facts = { threatBacked: true, yieldBp: 20, pledgesBn: 0 };
      expect(concessionOn(facts, personality, 30)).toEqual(
        concessionFor(threatened, scenario, personality, 30),
      );
    }
    // The hawk's own figures: a backed threat with the 10-year 15bp up buys a cut to 20%, pledges nothing.
    expect(concessionOn({ threatBacked: true, yieldBp: 15, pledgesBn: 0 }, 'hawk', 30)?.tariffPct).toBe(20);
    expect(concessionOn({ threatBacked: false, yieldBp: 50, pledgesBn: 1000 }, 'hawk', 30)).toBeNull();
    expect(concessionOn({ threatBacked: false, yieldBp: 0, pledgesBn: 200 }, 'dove', 24)?.tariffPct).toBe(15);
  });
});

describe('a hard Tokyo backs a threat when it sees Washington answer it', () => {
  it('facing a hawk, tit-for-tat sells in round 1 to back the threat it has made (a one-round look-ahead held)', () => {
    const view = tokyoView(1, [said('whiteHouse', 'hawkish', 1), said('tokyo', 'threat', 1)], {
      tariffPct: 30,
      autoTariffPct: 30,
      stance: 'hawkish',
    });
    const move = chooseSheet(contextFor(view, { personality: 'titForTat', level: 'hard' })).move;
    expect(move.role).toBe('tokyo');
    if (move.role !== 'tokyo') return;
    expect(move.treasuryAction).toBe('sell');
    expect(move.treasuryAmountBn).toBeGreaterThanOrEqual(scenario.model.skipAuctionsBn);
  });

  it('lets the White House answer between projected rounds by its concession rule, once the report shows the sale', () => {
    const view = tokyoView(2, [said('whiteHouse', 'hawkish', 1), said('tokyo', 'threat', 2)], {
      tariffPct: 30,
      autoTariffPct: 30,
      stance: 'hawkish',
    });
    const { answer } = tokyoLookAhead(contextFor(view, { personality: 'titForTat', level: 'hard' }));
    const market = initialMarket(scenario);
    const moves = scenario.standingMoves as MoveSet;
    const charging30: MoveSet = {
      ...moves,
      whiteHouse: { ...moves.whiteHouse, tariffPct: 30, autoTariffPct: 30 },
    } as MoveSet;
    const shown = {
      ...market,
      reportedHoldingsBn: start.tokyoHoldingsBn - 25,
      yield10y: start.yield10y + 0.2,
    };
    const cut = answer?.(shown, charging30).whiteHouse;
    expect(cut).toMatchObject({ tariffPct: 20, autoTariffPct: 20, stance: 'neutral' });
    // Not yet in the report, or the bonds unmoved: a hawk holds.
    const unreported = { ...shown, reportedHoldingsBn: start.tokyoHoldingsBn };
    expect(answer?.(unreported, charging30).whiteHouse).toMatchObject({ tariffPct: 30 });
    const calm = { ...shown, yield10y: start.yield10y + 0.05 };
    expect(answer?.(calm, charging30).whiteHouse).toMatchObject({ tariffPct: 30 });
  });
});

import { initialBooks, initialMarket, resolveRound } from '../../../shared/market/index.ts';
import type { ModelParams } from '../../../shared/market/params.ts';
import type { Books, MarketState, RoundResult } from '../../../shared/market/types.ts';
import type { MoveSet, TokyoMove, WhiteHouseMove } from '../../../shared/protocol/moves.ts';
import { createRng } from '../../../shared/rng.ts';
import { perRole } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { type Scenario, ScenarioSchema } from '../../../shared/scenario/schema.ts';

/** The default scenario (spring 2025, 24% tariff in force), validated again so a broken edit fails here. */
export const SCENARIO: Scenario = ScenarioSchema.parse(DEFAULT_SCENARIO);

/** The scenario with some model parameters changed. */
export function withParams(changes: Partial<ModelParams>, scenario: Scenario = SCENARIO): Scenario {
  return { ...scenario, model: { ...scenario.model, ...changes } };
}

/** A scenario whose weeks have no noise and no trend: what moves the market is only what the test does. */
export function quietScenario(scenario: Scenario = SCENARIO): Scenario {
  return withParams(
    {
      yieldNoiseBpPerRound: 0,
      usEquityNoisePctPerRound: 0,
      japanEquityNoisePctPerRound: 0,
      usdJpyNoisePctPerRound: 0,
      panicNoisePerRound: 0,
      usEquityTrendSdPctPerRound: 0,
      japanEquityTrendSdPctPerRound: 0,
    },
    scenario,
  );
}

/** The scenario as it stood before 2 April 2025: a 10% tariff on Japan, autos included. */
export function preShockScenario(scenario: Scenario = SCENARIO): Scenario {
  const whiteHouse: WhiteHouseMove = {
    role: 'whiteHouse',
    tariffPct: 10,
    autoTariffPct: 10,
    pause: false,
    stance: 'neutral',
  };
  return { ...scenario, standingMoves: { ...scenario.standingMoves, whiteHouse } };
}

/** The scenario's standing sheets, typed per role. */
export function standingMoves(scenario: Scenario = SCENARIO): MoveSet {
  return scenario.standingMoves as MoveSet;
}

export function tokyoMove(changes: Partial<TokyoMove>, scenario: Scenario = SCENARIO): TokyoMove {
  return { ...standingMoves(scenario).tokyo, ...changes };
}

export function whiteHouseMove(
  changes: Partial<WhiteHouseMove>,
  scenario: Scenario = SCENARIO,
): WhiteHouseMove {
  return { ...standingMoves(scenario).whiteHouse, ...changes };
}

export interface Game {
  market: MarketState;
  books: Books;
  rngState: number;
  round: number;
  scenario: Scenario;
  results: RoundResult[];
}

export function newGame(scenario: Scenario = SCENARIO, seed = 12345): Game {
  return {
    market: initialMarket(scenario),
    books: initialBooks(scenario),
    rngState: seed,
    round: 1,
    scenario,
    results: [],
  };
}

/** Resolve one round with the standing sheets, changed by `moves`; `dealsInForce` deals, each signed by Tokyo. */
export function playRound(game: Game, moves: Partial<MoveSet> = {}, dealsInForce = 0): Game {
  const rng = createRng(game.rngState);
  const result = resolveRound(
    game.market,
    game.books,
    {
      round: game.round,
      moves: { ...standingMoves(game.scenario), ...moves },
      dealsInForce,
      dealsWithTokyo: dealsInForce,
      breachesByRole: perRole(() => 0),
    },
    rng,
    game.scenario,
  );
  return {
    ...game,
    market: result.market,
    books: result.books,
    rngState: rng.state(),
    round: game.round + 1,
    results: [...game.results, result],
  };
}

/** Basis points between two yields in percent. */
export function bp(from: number, to: number): number {
  return (to - from) * 100;
}

export function pctChange(from: number, to: number): number {
  return (to / from - 1) * 100;
}

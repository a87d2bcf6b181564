import { describe, expect, it } from 'vitest';
import { engineFromStore, FRESH_JOURNAL, GameJournal } from '../../server/game-journal.ts';
import { upToDateStoredGame } from '../../server/restore.ts';
import type { StoredGame } from '../../server/store/game-store.ts';
import { MemoryGameStore } from '../../server/store/memory-store.ts';
import { createGameEngine } from '../../shared/game/engine.ts';
import type { GameState } from '../../shared/game/state.ts';
import { resolveRound } from '../../shared/market/resolve.ts';
import { createRng } from '../../shared/rng.ts';
import { perRole } from '../../shared/roles.ts';
import { runHeadlessGame } from '../../shared/sim/headless.ts';

const run = runHeadlessGame({ seed: 11 });

/** The game journalled into a store up to the end of its second round's resolution, with a snapshot there. */
async function storedGame(): Promise<StoredGame> {
  const store = new MemoryGameStore();
  const { config } = run;
  await store.create(
    {
      id: config.gameId,
      code: 'ABC234',
      settings: { mode: 'solo', botLevel: 'easy', bindingDeals: false, botFill: true },
      seed: config.seed,
      createdAt: 0,
    },
    { people: [], bots: perRole(() => null), started: false, nextPersonId: 1 },
  );
  const engine = createGameEngine(config, 0);
  const journal = new GameJournal(store, config.gameId, FRESH_JOURNAL);
  for (const [index, event] of run.log.entries()) {
    engine.replay(event);
    journal.note(engine);
    await journal.commit(engine, index === 0 ? { config } : {});
    if (engine.state.reports.length === 2) break;
  }
  // The journal takes its snapshots at the game's own points; the older state to restore is this one.
  await store.commit(config.gameId, {
    entries: [],
    snapshot: { logLength: journal.committed, state: engine.persistedSnapshot() },
  });
  engine.stop();
  return (await store.load(config.gameId))!;
}

/** What an older build stored: the same game, its scenario's model without `key`, in the record and the snapshot. */
function withoutModelParam(stored: StoredGame, key: string): StoredGame {
  const strip = (config: GameState['config']) => {
    const model: Record<string, unknown> = { ...config.scenario.model };
    delete model[key];
    return { ...config, scenario: { ...config.scenario, model } } as unknown as GameState['config'];
  };
  const snapshot = stored.snapshot!.state as { context: GameState };
  return {
    ...stored,
    config: strip(stored.config!),
    snapshot: {
      ...stored.snapshot!,
      state: { ...snapshot, context: { ...snapshot.context, config: strip(snapshot.context.config) } },
    },
  };
}

/** Tokyo's holdings after the restored game resolves a round in which Tokyo skips auctions. */
function holdingsAfterSkippedAuction(state: GameState): number {
  const moves = {
    ...state.standingMoves,
    tokyo: { ...state.standingMoves.tokyo, treasuryAction: 'skipAuctions' as const, treasuryAmountBn: 0 },
  };
  const inputs = {
    round: state.round,
    moves,
    dealsInForce: 0,
    dealsWithTokyo: 0,
    breachesByRole: perRole(() => 0),
  };
  const result = resolveRound(state.market, state.books, inputs, createRng(1), state.config.scenario);
  return result.market.tokyoHoldingsBn;
}

describe('a game saved by an older build', () => {
  it('restores with model parameters added since taken from the defaults, so a skipped auction is a sale', async () => {
    const stored = await storedGame();
    expect(stored.snapshot).not.toBeNull();
    const before = stored.snapshot ? (stored.snapshot.state as { context: GameState }).context : null;
    const old = withoutModelParam(stored, 'skipAuctionsBn');
    const restored = engineFromStore(upToDateStoredGame(old), (error) => {
      throw error;
    })!;
    const state = restored.engine.state;
    expect(state.config.scenario.model.skipAuctionsBn).toBe(20);
    expect(state.market.tokyoHoldingsBn).toBe(before?.market.tokyoHoldingsBn);
    const holdings = holdingsAfterSkippedAuction(state);
    expect(Number.isFinite(holdings)).toBe(true);
    expect(holdings).toBeCloseTo(state.market.tokyoHoldingsBn - 20, 6);
    restored.engine.stop();
  });

  it('restores without the time fields added since: no requests, nobody on extended time, no missed sheets named', async () => {
    const stored = await storedGame();
    const snapshot = stored.snapshot!.state as { context: GameState };
    const { timeRequests: _requests, extendedTime: _extended, ...olderContext } = snapshot.context;
    const olderReports = snapshot.context.reports.map(({ missedSheets: _missed, ...report }) => report);
    const old: StoredGame = {
      ...stored,
      snapshot: {
        ...stored.snapshot!,
        state: { ...snapshot, context: { ...olderContext, reports: olderReports } },
      },
    };
    const restored = engineFromStore(upToDateStoredGame(old), (error) => {
      throw error;
    })!;
    const state = restored.engine.state;
    expect(state.timeRequests).toEqual([]);
    expect(state.extendedTime).toEqual([]);
    expect(state.reports.map((report) => report.missedSheets)).toEqual([[], []]);
    // The next phase's deadline is computed from the restored context: a number, not NaN.
    expect(restored.engine.timeout(state.deadline ?? 0)).toBe(true);
    expect(Number.isFinite(restored.engine.state.deadline)).toBe(true);
    restored.engine.stop();
  });

  it('restores with a model parameter folded away since dropped, its other parameters kept', async () => {
    const stored = await storedGame();
    const model = { ...stored.config!.scenario.model, signalFadePerRound: 0.5, approvalMin: 30 };
    const older = { ...stored.config!, scenario: { ...stored.config!.scenario, model } };
    const upgraded = upToDateStoredGame({ ...stored, config: older as GameState['config'] });
    expect(upgraded.config!.scenario.model).not.toHaveProperty('signalFadePerRound');
    expect(upgraded.config!.scenario.model.approvalMin).toBe(30);
  });

  it('restores a game saved with activeRiskAversion among the model parameters: the scoring keeps its value', async () => {
    const stored = await storedGame();
    const { activeRiskAversion: _moved, ...scoring } = stored.config!.scenario.scoring;
    const model = { ...stored.config!.scenario.model, activeRiskAversion: 0.15 };
    const older = { ...stored.config!, scenario: { ...stored.config!.scenario, model, scoring } };
    const upgraded = upToDateStoredGame({ ...stored, config: older as unknown as GameState['config'] });
    expect(upgraded.config!.scenario.model).not.toHaveProperty('activeRiskAversion');
    expect(upgraded.config!.scenario.scoring.activeRiskAversion).toBe(0.15);
    const withoutEither = { ...stored.config!, scenario: { ...stored.config!.scenario, scoring } };
    const defaulted = upToDateStoredGame({
      ...stored,
      config: withoutEither as unknown as GameState['config'],
    });
    expect(defaulted.config!.scenario.scoring.activeRiskAversion).toBe(0.1);
  });

  it('is refused, naming the field, when its stored scenario no longer fits the schema', async () => {
    const stored = await storedGame();
    const broken: StoredGame = {
      ...stored,
      config: { ...stored.config!, scenario: { ...stored.config!.scenario, holdingsReportLagRounds: -1 } },
    };
    expect(() => upToDateStoredGame(broken)).toThrow(
      /stored scenario does not fit this build \(scenario\.holdingsReportLagRounds: /,
    );
  });
});

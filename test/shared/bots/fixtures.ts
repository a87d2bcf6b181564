import type { BotAction } from '../../../shared/bots/types.ts';
import {
  createGameConfig,
  createGameEngine,
  type GameEngine,
  type GameOptions,
} from '../../../shared/game/engine.ts';
import type { Actor } from '../../../shared/game/events.ts';
import { type PlayerView, playerViewFor } from '../../../shared/game/player-view.ts';
import type { Deal, Phase, PublicStatement } from '../../../shared/game/state.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';
import type { RoleId } from '../../../shared/roles.ts';

/** A bots-only game driven by hand: the clock moves only when a test says so. */
export interface Table {
  engine: GameEngine;
  now: number;
  send(actor: Actor, body: object): Ack;
  /** Applies a bot's actions as its seat, as the headless runner would. */
  apply(role: RoleId, actions: readonly BotAction[]): Ack[];
  view(role: RoleId): PlayerView;
  /** Lets the current phase's deadline pass. */
  expire(): void;
}

export const SEED = 7;

/** The July 2025 shape of deal: the White House caps the tariff at 15%, Tokyo pledges investment. */
export function capAndPledgeDeal(pledgeBn: number, untilRound: number, status: Deal['status']): Deal {
  return {
    id: 'd1',
    proposalId: 'p1',
    terms: [
      { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: true },
      { kind: 'investmentPledge', role: 'tokyo', amountBn: pledgeBn },
    ],
    signatories: ['whiteHouse', 'tokyo'],
    signedAt: 0,
    fromRound: 1,
    untilRound,
    status,
  };
}

export function table(options: Partial<GameOptions> = {}): Table {
  const engine = createGameEngine(createGameConfig({ gameId: 'bots', seed: SEED, ...options }), 0);
  let counter = 0;
  const fixture: Table = {
    engine,
    now: 0,
    send(actor, body) {
      counter += 1;
      return engine.command(
        actor,
        { ...body, commandId: `t${counter}`, version: engine.state.version },
        fixture.now,
      );
    },
    apply(role, actions) {
      return actions.map((action) => fixture.send({ kind: 'seat', role }, action.command));
    },
    view: (role) => playerViewFor(engine.state, role),
    expire() {
      fixture.now = Math.max(fixture.now, engine.state.deadline ?? fixture.now);
      engine.timeout(fixture.now);
    },
  };
  fixture.send({ kind: 'host' }, { type: 'host:start' });
  return fixture;
}

/** A table in round 1 at the given phase. */
export function tableAt(
  phase: Extract<Phase, 'news' | 'negotiate' | 'decide'>,
  options: Partial<GameOptions> = {},
): Table {
  const fixture = table(options);
  for (let guard = 0; guard < 10 && fixture.engine.state.phase !== phase; guard++) fixture.expire();
  if (fixture.engine.state.phase !== phase) throw new Error(`could not reach ${phase}`);
  return fixture;
}

/** Adds the envelope the runner would add. */
export function withEnvelope(action: BotAction, version = 1): object {
  return { ...action.command, commandId: 'bot-1', version };
}

/**
 * Tokyo's view in round 2's negotiation against a White House that set the tariff at 30% and has talked
 * tough in both rounds (the public policy only: the market is the fixture's own).
 */
export function tokyoFacingAHawk(): PlayerView {
  const base = tableAt('negotiate').view('tokyo');
  const hawkish: PublicStatement = {
    id: 'wh-1',
    at: 0,
    round: 1,
    from: 'whiteHouse',
    text: '…',
    signal: 'hawkish',
  };
  return {
    ...base,
    round: 2,
    statements: [hawkish, { ...hawkish, id: 'wh-2', round: 2 }],
    publicPolicy: { ...base.publicPolicy, tariffPct: 30, autoTariffPct: 30, stance: 'hawkish' },
  };
}

import type { BotProfile } from '../shared/bots/types.ts';
import type { GameEngine } from '../shared/game/engine.ts';
import type { Actor } from '../shared/game/events.ts';
import { playedByBot } from '../shared/game/takeover.ts';
import { type Ack, refuse } from '../shared/protocol/errors.ts';
import type { RoleId } from '../shared/roles.ts';
import { type BotBrain, type BotDelay, BotRunner } from './bot-runner.ts';
import type { SeatViews } from './broadcast.ts';
import type { Clock } from './clock.ts';
import type { DurableEngine } from './durable-engine.ts';
import { seatTooFast } from './rate-limit.ts';

export interface GameBotsDeps {
  clock: Clock;
  brain: BotBrain;
  delay: BotDelay;
  seed: number;
  onError(error: unknown): void;
  /** Ids the bots used before a restart are remembered by the engine: a restored game's bots use new ones. */
  commandPrefix: string;
  durable: DurableEngine;
  /** Spends one command of `role`'s pace, the one its people spend from; false when it is spent. */
  withinPace(role: RoleId): boolean;
  /**
   * Runs a bot's command in the game's queue as a person's runs, at the time `at` it is read there (the
   * phases whose deadline passed by then have ended first), committed and published like a person's.
   */
  applyInQueue(step: (engine: GameEngine, at: number) => Ack): Promise<Ack>;
}

/**
 * The bots of one game: they think after every change at a person's pace, and their sheets are hurried
 * when a person's sheet is about to close the decide phase.
 */
export class GameBots {
  private readonly runner: BotRunner;

  constructor(private readonly deps: GameBotsDeps) {
    this.runner = new BotRunner({
      clock: deps.clock,
      brain: deps.brain,
      delay: deps.delay,
      seed: deps.seed,
      onError: deps.onError,
      commandPrefix: deps.commandPrefix,
      // At the pace of the seat: a bot's words spend from the bucket a person's would.
      submit: (role, command, reason) =>
        !deps.withinPace(role)
          ? Promise.resolve(seatTooFast())
          : deps.applyInQueue((engine, at) =>
              // A seat handed back to its people while this command waited in the queue is theirs alone.
              playedByBot(engine.state, role)
                ? engine.command({ kind: 'seat', role }, command, at, reason)
                : refuse('FORBIDDEN', 'This seat is played by its people again.'),
            ),
    });
  }

  /** Let the bots re-read their views after a change. */
  consider(views: SeatViews, botAt: (role: RoleId) => BotProfile | null): void {
    this.runner.consider(views, botAt);
  }

  stop(): void {
    this.runner.stop();
  }

  /**
   * A person's sheet that will be accepted and will close the decide phase: the bots' sheets, decided
   * already but waiting on a human-pace delay, must land before the round resolves. They are applied
   * now and committed with the person's sheet, in one transaction. A refused, malformed or repeated
   * sheet, or one the phase still waits past, hurries nobody: the bots keep their own pace. Call inside
   * the game's queue, before applying the person's sheet.
   */
  hurryBefore(actor: Actor, input: unknown, at: number): void {
    const { durable } = this.deps;
    const before = durable.engine.state;
    // With no bot's sheet waiting there is nothing to hurry, and no need to play the sheet (and the round's
    // resolution it may bring) through the machine twice.
    if (before.phase !== 'decide' || !this.runner.hasWaitingSheet()) return;
    const after = durable.engine.preview(actor, input, at);
    if (!after || after.phaseVersion === before.phaseVersion) return;
    this.runner.hurrySheets((role, command, reason) => {
      // A seat past its pace hands in no sheet, a person's or a bot's: its standing policy holds.
      if (!this.deps.withinPace(role)) return;
      durable.apply((engine) => engine.command({ kind: 'seat', role }, command, at, reason));
    });
  }
}

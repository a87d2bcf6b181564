import type { BotProfile } from '../shared/bots/types.ts';
import type { GameEngine } from '../shared/game/engine.ts';
import type { GameState } from '../shared/game/state.ts';
import {
  type IdleTakeover,
  type SeatPresence,
  seatControlEvent,
  seatControlOf,
  takeoverStep,
} from '../shared/game/takeover.ts';
import { ROLE_IDS, type RoleId } from '../shared/roles.ts';
import type { Clock, TimerHandle } from './clock.ts';
import type { DurableEngine } from './durable-engine.ts';
import { botForSeat } from './game-setup.ts';
import type { Lobby } from './lobby.ts';

export interface SeatTakeoverDeps {
  clock: Clock;
  lobby: Lobby;
  seed: number;
  options: IdleTakeover;
  state(): GameState;
  /** Applies `step` in the game's queue and, if it changed the game, commits and publishes it. */
  change(step: (engine: GameEngine) => boolean): void;
}

/**
 * The server's side of idle takeover (the rule is shared/game/takeover.ts): it knows who is connected and
 * when each seat's people last acted, which the game state does not, and sends the warning, takeover and
 * return inputs when the rule says they are due. What it keeps is in memory only: after a restart every
 * seat's people get the full limit again, while who plays each seat comes back with the game's log.
 */
export class SeatTakeover {
  private readonly activeAt = new Map<RoleId, number>();
  private readonly connected = new Map<RoleId, boolean>();
  private phaseVersion = -1;
  private phaseSince: number;
  /**
   * When this server first saw the game running (its start, or its restore): a seat's people count from
   * here until they act, come or leave, so time spent in the lobby counts against nobody.
   */
  private since: number | null = null;
  /** The timer for the earliest next step of any seat, and that step's time. */
  private timer: { at: number; handle: TimerHandle } | null = null;

  constructor(private readonly deps: SeatTakeoverDeps) {
    this.phaseSince = deps.clock.now();
  }

  /** The bot that plays a seat taken over: the seat's own personality (from the seed), the host's level. */
  botFor(role: RoleId): BotProfile | null {
    const control = seatControlOf(this.deps.state(), role);
    return control?.status === 'bot' ? botForSeat(this.deps.seed, role, control.level) : null;
  }

  /** A person of the seat acted (a command, "I'm back"). Call inside the queue. */
  noteActivity(role: RoleId): void {
    this.activeAt.set(role, this.deps.clock.now());
  }

  /**
   * A person of the seat acted: if the seat is warned or played by a bot, it is its people's again at
   * once (applied in the caller's queue task, before their command). Returns whether it changed hands.
   */
  handBack(engine: GameEngine, role: RoleId): boolean {
    this.noteActivity(role);
    if (!seatControlOf(engine.state, role)) return false;
    return engine.seatControl({ type: 'seat:return', role, at: this.deps.clock.now() });
  }

  /**
   * A person's command shows the seat's people are back: a seat warned or taken over is handed back
   * before their command lands (in the same transaction). A command that would be refused changes nothing.
   */
  beforeCommand(
    durable: Pick<DurableEngine, 'engine' | 'apply'>,
    role: RoleId,
    input: unknown,
    at: number,
  ): void {
    this.noteActivity(role);
    // A seat its people hold has nothing to hand back: no need to run the command through the machine
    // twice (the preview is a whole transition, as dear as the command itself).
    if (!seatControlOf(durable.engine.state, role)) return;
    if (durable.engine.preview({ kind: 'seat', role }, input, at))
      durable.apply((engine) => this.handBack(engine, role));
  }

  /** Sockets came or went: a seat whose people all left starts counting from now, and so does one rejoined. */
  noteConnections(): void {
    const now = this.deps.clock.now();
    for (const role of ROLE_IDS) {
      const connected = this.deps.lobby.peopleAt(role).some((person) => person.sockets.size > 0);
      if (this.connected.get(role) !== connected) this.activeAt.set(role, now);
      this.connected.set(role, connected);
    }
    this.reschedule(this.deps.state());
  }

  /** After every change: the next due step of any seat gets a timer. */
  reschedule(state: GameState): void {
    if (state.phase === 'lobby') return;
    this.since ??= this.deps.clock.now();
    if (state.phaseVersion !== this.phaseVersion) {
      this.phaseVersion = state.phaseVersion;
      this.phaseSince = this.deps.clock.now();
    }
    // The earliest seat's next step, in a loop: this runs at every change of every table.
    let at: number | null = null;
    for (const role of ROLE_IDS) {
      const step = takeoverStep(state, role, this.presence(role), this.deps.options);
      if (step && (at === null || step.at < at)) at = step.at;
    }
    // A timer still ahead and no later than the next step stands: a change that moved no seat's next step
    // (a tick, another seat's message) leaves it as it was, and so does a person's command, which only
    // moves their seat's step later. Fired early, it finds nothing due and comes here again (a timer's step
    // that changes nothing reschedules), rather than every command clearing a timer and setting one.
    const timer = this.timer;
    if (at !== null && timer !== null && timer.at <= at && timer.at > this.deps.clock.now()) return;
    this.cancel();
    if (at === null) return;
    const handle = this.deps.clock.setTimeout(
      () => {
        this.timer = null;
        this.deps.change((engine) => this.applyDue(engine));
      },
      Math.max(0, at - this.deps.clock.now()),
    );
    this.timer = { at, handle };
  }

  stop(): void {
    this.cancel();
  }

  /** Every step due now, applied in the queue; a step no longer due (someone acted meanwhile) is not. */
  private applyDue(engine: GameEngine): boolean {
    const now = this.deps.clock.now();
    let changed = false;
    for (const role of ROLE_IDS) {
      const step = takeoverStep(engine.state, role, this.presence(role), this.deps.options);
      if (!step || step.at > now) continue;
      changed = engine.seatControl(seatControlEvent(step, role, now, this.deps.options)) || changed;
    }
    return changed;
  }

  private presence(role: RoleId): SeatPresence {
    const people = this.deps.lobby.peopleAt(role);
    return {
      people: people.length,
      connected: people.some((person) => person.sockets.size > 0),
      activeAt: this.activeAt.get(role) ?? this.since ?? this.phaseSince,
      phaseSince: this.phaseSince,
    };
  }

  private cancel(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer.handle);
    this.timer = null;
  }
}

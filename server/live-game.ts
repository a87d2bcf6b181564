import type { PlayerCommandBody } from '../shared/bots/types.ts';
import { createGameEngine, type GameEngine } from '../shared/game/engine.ts';
import type { Actor } from '../shared/game/events.ts';
import type { Headline } from '../shared/market/types.ts';
import { type Ack, refuse } from '../shared/protocol/errors.ts';
import type { CreateGame, GameSnapshotMessage, Roster } from '../shared/protocol/socket.ts';
import { perRole, ROLE_IDS, type RoleId } from '../shared/roles.ts';
import { type BotBrain, type BotDelay, BotRunner } from './bot-runner.ts';
import { GameBroadcast, gameRoom, viewCache, viewRoom } from './broadcast.ts';
import type { Clock } from './clock.ts';
import { GameClock } from './game-clock.ts';
import { botForSeat, commandType, gameConfigFor } from './game-setup.ts';
import type { LeverageServer } from './io-types.ts';
import { Lobby, type Person } from './lobby.ts';
import { createSerialQueue } from './serial-queue.ts';

export interface LiveGameDeps {
  io: LeverageServer;
  clock: Clock;
  brain: BotBrain;
  botDelay: BotDelay;
  onError(error: unknown): void;
}

export interface LiveGameSetup {
  id: string;
  code: string;
  settings: CreateGame;
  seed: number;
}

/**
 * One game being played: its engine, who sits where, and its queue. Every change, whoever makes it (a
 * person, a bot, a timer), runs through `queue`, one at a time; after each accepted change the game
 * broadcasts each seat's view, reschedules its timers and lets its bots think.
 */
export class LiveGame {
  readonly id: string;
  readonly code: string;
  readonly settings: CreateGame;
  readonly seed: number;
  readonly createdAt: number;
  readonly lobby = new Lobby();
  engine: GameEngine;
  /** When the last person's socket left, or null while anyone is connected. */
  idleSince: number | null;
  private readonly queue = createSerialQueue();
  private disposed = false;
  private readonly broadcast: GameBroadcast;
  private readonly timers: GameClock;
  private readonly bots: BotRunner;

  constructor(
    setup: LiveGameSetup,
    private readonly deps: LiveGameDeps,
  ) {
    this.id = setup.id;
    this.code = setup.code;
    this.settings = setup.settings;
    this.seed = setup.seed;
    this.createdAt = deps.clock.now();
    this.idleSince = this.createdAt;
    // The lobby's engine only shows the briefing and the starting market; the real one is made at the start.
    const lobbySeats = perRole(() => 'human' as const);
    this.engine = createGameEngine(gameConfigFor(this, lobbySeats), this.createdAt);
    this.broadcast = new GameBroadcast(deps.io, this.id, this.engine.state);
    this.timers = new GameClock(deps.clock, {
      onDeadline: () => void this.change(() => this.engine.timeout(deps.clock.now())),
      onTick: () => void this.change(() => this.engine.tick(deps.clock.now())),
    });
    this.bots = new BotRunner({
      clock: deps.clock,
      brain: deps.brain,
      delay: deps.botDelay,
      seed: this.seed,
      onError: deps.onError,
      submit: (role, body, commandId, reason) => this.botCommand(role, body, commandId, reason),
    });
  }

  get roster(): Roster {
    return this.lobby.roster(this.id, this.code);
  }

  /** Runs `task` in this game's queue, after everything enqueued before it. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    return this.queue.enqueue(task);
  }

  get io(): LeverageServer {
    return this.deps.io;
  }

  /** Everyone in the game learns who sits where and who is connected. Call from inside the queue. */
  publishRoster(): void {
    this.broadcast.roster(this.roster);
  }

  /** Call after sockets come or go: a game nobody is connected to starts counting towards its sweep. */
  noteConnections(): void {
    if (this.lobby.connectedSockets() > 0) this.idleSince = null;
    else this.idleSince ??= this.deps.clock.now();
  }

  /** A full view for the person's seat; built in the queue, so its seq is the next update's prevSeq. */
  snapshotFor(person: Person): GameSnapshotMessage {
    return this.broadcast.snapshot(viewCache(this.engine.state), person.role, this.roster);
  }

  /** A person's command: host commands need the host's token, every other one acts for the person's seat. */
  command(person: Person, input: unknown): Promise<Ack> {
    return this.queue.enqueue(() => {
      const type = commandType(input);
      const wantsHost = type?.startsWith('host:') ?? false;
      if (wantsHost && !person.isHost) return refuse('FORBIDDEN', 'Only the host can do that.');
      const actor: Actor = wantsHost || !person.role ? { kind: 'host' } : { kind: 'seat', role: person.role };
      const at = this.deps.clock.now();
      if (this.engine.state.phase === 'lobby' && actor.kind === 'host' && type === 'host:start') {
        return this.start(input, at);
      }
      if (actor.kind === 'seat' && type === 'move:submit' && this.engine.state.phase === 'decide') {
        this.bots.hurrySheets((role, body, commandId, reason) =>
          this.applyBotCommand(role, body, commandId, reason),
        );
      }
      return this.apply(() => this.engine.command(actor, input, at));
    });
  }

  /** Solo: the other seats are bots and the game starts now, at the briefing the player reads. */
  startSolo(): Promise<Ack> {
    return this.queue.enqueue(() =>
      this.start({ type: 'host:start', commandId: 'solo-start', version: 0 }, this.deps.clock.now()),
    );
  }

  /** Resolves when everything enqueued so far has run (tests and shutdown). */
  settled(): Promise<void> {
    return this.queue.idle();
  }

  dispose(): void {
    this.disposed = true;
    this.timers.stop();
    this.bots.stop();
    this.engine.stop();
    const rooms = [
      gameRoom(this.id),
      viewRoom(this.id, null),
      ...ROLE_IDS.map((role) => viewRoom(this.id, role)),
    ];
    this.deps.io.in(gameRoom(this.id)).socketsLeave(rooms);
  }

  /**
   * The seats are fixed: open ones get bots (or stay open to latecomers), and a new engine with those
   * seats replaces the lobby's. The lobby's engine accepted nothing, so nothing is lost; the new one is
   * made with the same creation time, so the market path starts at the same point.
   */
  private start(input: unknown, at: number): Ack {
    const plan = this.lobby.planSeats(
      this.settings.botFill || this.settings.mode === 'solo'
        ? (role) => botForSeat(this.seed, role, this.settings.botLevel)
        : null,
    );
    const seats = perRole((role) => plan[role].kind);
    const engine = createGameEngine(gameConfigFor(this, seats), this.createdAt);
    const ack = engine.command({ kind: 'host' }, input, at);
    if (!ack.ok) {
      engine.stop();
      return ack;
    }
    this.engine.stop();
    this.engine = engine;
    this.lobby.fixSeats(plan);
    this.broadcast.roster(this.roster);
    this.settle();
    return ack;
  }

  /**
   * Applies one input and, if it changed the game, publishes it. Everything runs inside one queue task,
   * so a durable store can later append the accepted event here (an awaited step) before the broadcast
   * and the acknowledgement, without any other command slipping in between.
   */
  private apply(step: () => Ack): Ack {
    const { seq, version } = this.engine.state;
    const ack = step();
    if (this.engine.state.seq !== seq || this.engine.state.version !== version) this.settle();
    return ack;
  }

  /** Timer events: applied if still due; the timers are rescheduled either way. */
  private change(step: () => boolean): Promise<void> {
    return this.queue
      .enqueue(() => {
        if (this.disposed) return;
        if (step()) this.settle();
        else this.timers.reschedule(this.engine.state);
      })
      .catch(this.deps.onError);
  }

  private botCommand(
    role: RoleId,
    body: PlayerCommandBody,
    commandId: string,
    reason: Headline,
  ): Promise<Ack> {
    return this.queue.enqueue(() => this.applyBotCommand(role, body, commandId, reason));
  }

  /** A bot's command, made against the version current now (the bot re-reads its view after every change). */
  private applyBotCommand(role: RoleId, body: PlayerCommandBody, commandId: string, reason: Headline): Ack {
    const input = { ...body, commandId, version: this.engine.state.version };
    return this.apply(() =>
      this.engine.command({ kind: 'seat', role }, input, this.deps.clock.now(), reason),
    );
  }

  private settle(): void {
    // A task already queued when the game was let go must not wake its timers or bots again.
    if (this.disposed) return;
    const views = viewCache(this.engine.state);
    this.broadcast.publish(
      views,
      ROLE_IDS.filter((role) => this.lobby.peopleAt(role).length > 0),
    );
    this.timers.reschedule(views.state);
    this.bots.consider(views, (role) => this.lobby.botAt(role));
  }
}

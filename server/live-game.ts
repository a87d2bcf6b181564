import type { GameEngine } from '../shared/game/engine.ts';
import type { Actor } from '../shared/game/events.ts';
import type { Phase } from '../shared/game/state.ts';
import type { HostCommand, WithoutEnvelope } from '../shared/protocol/commands.ts';
import { type Ack, type Refusal, refuse } from '../shared/protocol/errors.ts';
import type { CreateGame, GameSnapshotMessage, Roster } from '../shared/protocol/socket.ts';
import { FRESH_JOURNAL } from './game-journal.ts';
import { commandType, gameRecordOf, lobbyEngineFor, startingEngine } from './game-setup.ts';
import type { LeverageServer } from './io-types.ts';
import {
  type GameParts,
  gameParts,
  type LiveGameDeps,
  type LiveGameSetup,
  type RestoredParts,
} from './live-game-parts.ts';
import { Lobby, type Person } from './lobby.ts';
import { seatTooFast } from './rate-limit.ts';
import { SeatRequests } from './seat-requests.ts';
import { NotOwnerError } from './store/game-store.ts';
import { TeamDrafts, teamSeatActor } from './team.ts';

export type { LiveGameDeps, LiveGameSetup, RestoredParts } from './live-game-parts.ts';

/**
 * One game being played: its engine, who sits where, and its queue. Every change, whoever makes it (a
 * person, a bot, a timer), runs through its queue, one at a time (game-inputs.ts); after each accepted
 * change the game commits it to the store, then broadcasts each seat's view (a market tick's a little
 * later, with the next change: game-publication.ts), reschedules its timers, lets its bots think and
 * answers. Nothing is broadcast or acknowledged that the store does not hold, so `seq` never goes
 * backwards across a restart.
 *
 * `engine.log` holds the inputs since the engine was made (for a restored game, since its snapshot); the
 * whole log is in the store. Committing, and rolling back when the store refuses, is `DurableEngine`'s;
 * the parts a game runs on are made and wired to one another in live-game-parts.ts, which also says what
 * follows a change among them (`settle`: publish, set the timers again, let the bots think).
 */
export class LiveGame {
  readonly id: string;
  readonly code: string;
  readonly settings: CreateGame;
  readonly seed: number;
  readonly createdAt: number;
  readonly lobby: Lobby;
  /** People asking to join a seat others play; held in memory until answered. */
  readonly requests = new SeatRequests();
  /** Each team's shared move sheet for the round (team.ts); in memory only. */
  readonly teamDrafts = new TeamDrafts();
  readonly creatorAddress: string | null;
  /** The class session this game is a table of, or null for a game people join with its own code. */
  readonly classroomId: string | null;
  /** The host's time desk as last sent (time-requests.ts), so an unchanged desk is not sent every tick. */
  timeRequestsSent = '';
  /** When the last person's socket left, or null while anyone is connected. */
  idleSince: number | null;
  /** Set by a class session for its tables (registry.ts: `neededElsewhere`). */
  neededElsewhere: (() => boolean) | undefined;
  /** Its engine kept in step with the store, its queue, publication, timers, takeover and bots. */
  private readonly parts: GameParts;
  private movedAway = false;

  constructor(
    setup: LiveGameSetup,
    private readonly deps: LiveGameDeps,
    restored?: RestoredParts,
  ) {
    this.id = setup.id;
    this.code = setup.code;
    this.settings = setup.settings;
    this.seed = setup.seed;
    this.createdAt = setup.createdAt ?? deps.clock.now();
    this.creatorAddress = setup.creatorAddress ?? null;
    this.classroomId = setup.classroomId ?? null;
    this.idleSince = deps.clock.now();
    this.lobby = restored?.lobby ?? new Lobby();
    // The lobby's engine only shows the briefing and the starting market; the real one is made at the start.
    const engine = restored?.engine ?? lobbyEngineFor(this);
    const position = restored?.position ?? FRESH_JOURNAL;
    this.parts = gameParts(this, deps, engine, position);
  }

  /** The first write of a new game (in its queue, before anyone can join): what the creator chose, its empty lobby. */
  record(): Promise<void> {
    return this.parts.inputs.enqueue(() => this.deps.store.create(gameRecordOf(this), this.lobby.toStored()));
  }

  /** Stores who sits where; call from inside the queue, before anyone hears of the change. */
  async saveLobby(): Promise<void> {
    try {
      await this.deps.store.saveLobby(this.id, this.lobby.toStored());
    } catch (error) {
      // As for a commit of the log: another node runs the game now, and it goes on there.
      if (error instanceof NotOwnerError) this.deps.lostGame?.(this.id);
      throw error;
    }
  }

  /** A game brought back from the store: its timers run again from their absolute times, its bots think. */
  wake(): void {
    void this.parts.inputs.enqueue(() => this.parts.settle()).catch(this.deps.onError);
  }

  /** Let go for idleness: the store stops counting it among the games to restore at start-up. */
  shelve(): void {
    if (this.engine.state.phase === 'ended') return;
    this.deps.store.setIdle(this.id, true).catch(this.deps.onError);
  }

  /** The engine the store is in step with; replaced at the start and when rolled back to the store. */
  get engine(): GameEngine {
    return this.parts.durable.engine;
  }

  /** Still waiting for the host's start: an empty lobby is let go sooner than a game under way. */
  get inLobby(): boolean {
    return this.engine.state.phase === 'lobby';
  }

  /**
   * The code that invites people to this game, as rosters and seats show it: none for a class session's
   * table, whose people the facilitator seats (its own code is refused: server/join-code.ts).
   */
  get invitingCode(): string | null {
    return this.classroomId ? null : this.code;
  }

  get roster(): Roster {
    return this.lobby.roster(this.id, this.invitingCode);
  }

  /** Runs `task` in this game's queue, after everything enqueued before it. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    return this.parts.inputs.enqueue(task);
  }

  get io(): LeverageServer {
    return this.deps.io;
  }

  /** Everyone in the game learns who sits where and who is connected. Call from inside the queue. */
  publishRoster(): void {
    this.parts.publication.roster();
  }

  /** Call after sockets come or go: a game nobody is connected to starts counting towards its sweep. */
  noteConnections(): void {
    if (this.lobby.connectedSockets() > 0) this.idleSince = null;
    else this.idleSince ??= this.deps.clock.now();
    if (!this.inLobby) this.parts.takeover.noteConnections();
  }

  /** "I'm back" from a person of a seat: a seat warned or played by a bot is theirs again at once. */
  back(person: Person): Promise<Ack> {
    return this.parts.inputs.input(() => {
      const role = person.role;
      if (!role) return refuse('FORBIDDEN', 'Only a person with a seat can take it back.');
      return this.parts.inputs.apply((engine) => ({
        ok: true,
        data: this.parts.takeover.handBack(engine, role),
      }));
    });
  }

  /** A full view for the person's seat; built in the queue, so its seq is the next update's prevSeq. */
  snapshotFor(person: Person): GameSnapshotMessage {
    return this.parts.publication.snapshotFor(person);
  }

  /** A person's command: host commands need the host's token, every other one acts for the person's seat. */
  command(person: Person, input: unknown): Promise<Ack> {
    if (!this.withinPace(person)) return Promise.resolve(seatTooFast());
    return this.parts.inputs.input((at) => this.commandAt(person, input, at));
  }

  /**
   * Spends one of the person's seat's commands (or the host's), from the bucket its bot spends from too;
   * false when the seat is going faster than its pace allows.
   */
  withinPace(person: Person): boolean {
    return this.deps.seatPace.take(this.id, person.role ?? 'host');
  }

  /**
   * A host command made in the game's queue against the version the game is at then: a class session's
   * facilitator sends one command to many tables, each at its own version (server/classroom/).
   */
  hostCommand(
    host: Person,
    body: WithoutEnvelope<HostCommand>,
    commandId: string,
    seen?: { round: number; phase: Phase },
  ): Promise<Ack> {
    // The version is read after `input` ended any phase whose deadline passed: the command is the new phase's,
    // unless it was meant for the phase `seen` (a console's Skip) and that one is over.
    return this.parts.inputs.input((at) => {
      const { round, phase } = this.engine.state;
      if (seen && (seen.round !== round || seen.phase !== phase))
        return refuse('STALE_VERSION', 'The table has moved on since this was sent: look again.');
      return this.commandAt(host, { ...body, commandId, version: this.engine.state.version }, at);
    });
  }

  /**
   * Someone watching the table from outside it (a class session's console) hears that it changed: after
   * every published change and roster. Returns how to stop.
   */
  watch(listener: () => void): () => void {
    return this.parts.publication.watch(listener);
  }

  private commandAt(person: Person, input: unknown, at: number): Ack | Promise<Ack> {
    const type = commandType(input);
    const wantsHost = type?.startsWith('host:') ?? false;
    if (wantsHost && !person.isHost) return refuse('FORBIDDEN', 'Only the host can do that.');
    const actor: Actor | Refusal =
      wantsHost || !person.role ? { kind: 'host' } : teamSeatActor(this.lobby, person, person.role, type);
    if ('ok' in actor) return actor;
    if (this.engine.state.phase === 'lobby' && actor.kind === 'host' && type === 'host:start') {
      return this.start(input, at);
    }
    if (actor.kind === 'seat') this.parts.takeover.beforeCommand(this.parts.durable, actor.role, input, at);
    if (actor.kind === 'seat' && type === 'move:submit') this.parts.bots.hurryBefore(actor, input, at);
    return this.parts.inputs.apply((engine) => engine.command(actor, input, at));
  }

  /** Solo: the other seats are bots and the game starts now, at the briefing the player reads. */
  startSolo(): Promise<Ack> {
    return this.parts.inputs.input((at) =>
      this.start({ type: 'host:start', commandId: 'solo-start', version: 0 }, at),
    );
  }

  /**
   * Something a seat does that is not an engine command (a team's draft edit, team.ts), run in the
   * game's queue as every input is: at the time `at` it is read there, after the phases whose deadline
   * had passed by then have ended (game-inputs.ts), so it meets the phase that follows them.
   */
  input<T>(run: (at: number) => T | Promise<T>): Promise<T | Ack<never>> {
    return this.parts.inputs.input(run);
  }

  /** Resolves when everything enqueued so far has run (tests and shutdown). */
  settled(): Promise<void> {
    return this.parts.inputs.idle();
  }

  /**
   * Another node runs the game now (its lease moved): what this node answered after that is not the
   * game's answer, and an event refused here for it is asked again at the game's node (server/cluster/).
   */
  get handedOver(): boolean {
    return this.movedAway;
  }

  /** `handedOver`: another node runs the game now; the sockets stay in its rooms to hear from that node. */
  dispose(handedOver = false): void {
    this.movedAway ||= handedOver;
    this.parts.stopClocks();
    this.parts.durable.close();
    if (handedOver) return;
    this.parts.publication.leaveRooms();
  }

  /**
   * The seats are fixed: open ones get bots (or stay open to latecomers), and a new engine with those
   * seats replaces the lobby's. The lobby's engine accepted nothing, so nothing is lost; the new one is
   * made with the same creation time, so the market path starts at the same point. The new engine's
   * config, the fixed seats and the start itself are committed together before anything changes here.
   */
  private async start(input: unknown, at: number): Promise<Ack> {
    const started = startingEngine(this, input, at);
    if (!('engine' in started)) return started.ack;
    const { engine, config, plan, ack } = started;
    // If the store refuses, nothing changed here: the lobby and its engine stay as they were.
    await this.parts.durable.startWith(engine, { config, lobby: this.lobby.toStored(plan) });
    this.lobby.fixSeats(plan);
    this.parts.publication.roster();
    this.parts.settle();
    return ack;
  }
}

import type { GameEngine } from '../shared/game/engine.ts';
import { DEFAULT_IDLE_TAKEOVER } from '../shared/game/takeover.ts';
import type { CreateGame } from '../shared/protocol/socket.ts';
import type { BotBrain, BotDelay } from './bot-runner.ts';
import { type ViewCache, viewCache } from './broadcast.ts';
import type { Clock } from './clock.ts';
import { DurableEngine } from './durable-engine.ts';
import { GameBots } from './game-bots.ts';
import { GameClock } from './game-clock.ts';
import { GameInputs } from './game-inputs.ts';
import type { JournalPosition } from './game-journal.ts';
import { type ChangeCause, GamePublication } from './game-publication.ts';
import { lobbyEngineFor } from './game-setup.ts';
import type { LeverageServer } from './io-types.ts';
import type { LiveGame } from './live-game.ts';
import type { Lobby } from './lobby.ts';
import type { SeatPace } from './rate-limit.ts';
import { localRequesters, type Requesters } from './seat-requests.ts';
import { SeatTakeover } from './seat-takeover.ts';
import type { GameStore } from './store/game-store.ts';

/** What a live game is made of: what it depends on, how it was set up, and what a restore brings back. */
export interface LiveGameDeps {
  io: LeverageServer;
  clock: Clock;
  brain: BotBrain;
  botDelay: BotDelay;
  /** Each seat's pace, spent by every command made for it: its people's and its bot's. */
  seatPace: SeatPace;
  /** Where every accepted input is committed before anyone hears of it. */
  store: GameStore;
  onError(error: unknown): void;
  /**
   * With several nodes: the store refused a write because another node took the game's lease. The game
   * is let go here (server/cluster/); its players are served by the new owner.
   */
  lostGame?(gameId: string): void;
  /**
   * The sockets that asked for a seat, wherever they are connected (server/seat-requests.ts): this
   * server's own unless several nodes share the games. Asked when a request is answered, so a cluster
   * node made after these deps can supply it.
   */
  requesters?(): Requesters;
}

export interface LiveGameSetup {
  id: string;
  code: string;
  settings: CreateGame;
  seed: number;
  /** A game brought back from the store keeps its creation time; a new one is created now. */
  createdAt?: number;
  /** Who created it (an address key), to cap the lobbies one address keeps open; unknown after a restore. */
  creatorAddress?: string;
  /** The class session this game is a table of: joined only through the session, never with its code. */
  classroomId?: string;
}

/** What a game brought back from the store starts from (an engine only once it has started). */
export interface RestoredParts {
  lobby: Lobby;
  engine?: GameEngine;
  position?: JournalPosition;
}

/** The parts a live game runs on, and what follows a change among them (live-game.ts says when). */
export interface GameParts {
  durable: DurableEngine;
  inputs: GameInputs;
  publication: GamePublication;
  timers: GameClock;
  takeover: SeatTakeover;
  bots: GameBots;
  /** A change was committed (or the engine reloaded): it is published, the timers set again, the bots think. */
  settle(cause?: ChangeCause): void;
  /** Nothing the game's timers, bots or takeover scheduled may run any more. */
  stopClocks(): void;
}

/**
 * A live game's parts, each told how to reach the others: every input goes through `inputs` (the game's
 * queue) to `durable` (the engine kept in step with the store); the timers, the takeover of idle seats and
 * the bots make their inputs the same way.
 */
export function gameParts(
  game: LiveGame,
  deps: LiveGameDeps,
  engine: GameEngine,
  position: JournalPosition,
): GameParts {
  const durable = new DurableEngine(
    {
      store: deps.store,
      gameId: game.id,
      onError: deps.onError,
      lobbyEngine: () => lobbyEngineFor(game),
      onReloaded: () => settle(),
      onBroken: () => stopClocks(),
      onNotOwner: () => {
        stopClocks();
        deps.lostGame?.(game.id);
      },
    },
    engine,
    position,
  );
  const inputs = new GameInputs({
    clock: deps.clock,
    durable,
    settle: (cause) => settle(cause),
    reschedule: () => {
      timers.reschedule(durable.engine.state);
      takeover.reschedule(durable.engine.state);
    },
    onError: deps.onError,
  });
  const publication = new GamePublication(
    game,
    {
      clock: deps.clock,
      running: () => durable.running,
      requesters: () => deps.requesters?.() ?? localRequesters(deps.io),
      onError: deps.onError,
    },
    engine.state,
  );
  const timers = new GameClock(deps.clock, {
    // The deadline's timer is an input with nothing of its own: the catch-up every input begins with
    // ends the phase (GameInputs.deadline).
    onDeadline: () => inputs.deadline(),
    onTick: () => inputs.change((engine, at) => engine.tick(at), 'tick'),
  });
  const takeover = new SeatTakeover({
    clock: deps.clock,
    lobby: game.lobby,
    seed: game.seed,
    // Games stored before takeover existed get the default.
    options: game.settings.idleTakeover ?? DEFAULT_IDLE_TAKEOVER,
    state: () => durable.engine.state,
    change: (step) => inputs.change(step),
  });
  const bots = new GameBots({
    clock: deps.clock,
    brain: deps.brain,
    delay: deps.botDelay,
    seed: game.seed,
    onError: deps.onError,
    commandPrefix: position.committed === 0 ? 'bot' : `bot${position.committed}`,
    durable,
    withinPace: (role) => deps.seatPace.take(game.id, role),
    applyInQueue: (step) => inputs.input((at) => inputs.apply((engine) => step(engine, at))),
  });

  /** The views of the last change, whose unchanged parts the next change's views reuse (broadcast.ts). */
  let lastViews: ViewCache | undefined;
  function settle(cause: ChangeCause = 'input'): void {
    // A task already queued when the game was let go must not wake its timers or bots again.
    if (!durable.running) return;
    const views = viewCache(durable.engine.state, lastViews);
    lastViews = views;
    publication.changed(views, cause);
    timers.reschedule(views.state);
    takeover.reschedule(views.state);
    bots.consider(views, (role) => game.lobby.botAt(role) ?? takeover.botFor(role));
  }

  function stopClocks(): void {
    publication.stop();
    takeover.stop();
    timers.stop();
    bots.stop();
  }

  return { durable, inputs, publication, timers, takeover, bots, settle, stopClocks };
}

import { botActions } from '../bots/index.ts';
import type { BotAction, BotProfile } from '../bots/types.ts';
import { createGameConfig, createGameEngine } from '../game/engine.ts';
import type { Actor, GameEvent } from '../game/events.ts';
import { createFastGame, type GameCore } from '../game/fast-engine.ts';
import { type CommonView, commonViewOf, type PlayerView, playerViewFor } from '../game/player-view.ts';
import type { GameConfig, GameState } from '../game/state.ts';
import type { Headline } from '../market/types.ts';
import { extended } from '../plain-data.ts';
import type { Command, CommandBody } from '../protocol/commands.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId } from '../roles.ts';
import type { Scenario } from '../scenario/schema.ts';
import { defaultProfiles } from './profiles.ts';

/**
 * Bot-versus-bot games without a server, a clock or I/O: virtual time jumps from one event to the next,
 * so a six-round game takes milliseconds. The engine is the same one a live game runs, so a headless game
 * is a real game: its log replays to the same state.
 *
 * While the table negotiates, the market ticks every SIM_TICK_SECONDS of virtual time rather than every
 * timers.tickSeconds (2 s in the default scenario), plus once at the deadline so the whole phase is covered.
 * That changes nothing in distribution: the model draws its tick noise with a standard deviation of √dt and
 * decays signals and panic by exp(−dt/half-life) (shared/market/ticks.ts), so three 60 s ticks give the same
 * market after three minutes as ninety 2 s ticks, at a thirtieth of the cost. Only the chart has fewer points.
 */
export const SIM_TICK_SECONDS = 60;

/** Bots asked in turn until none has anything left to do; a bound against a pair that would never settle. */
const MAX_PASSES_PER_STEP = 4;
const MAX_STEPS = 2000;

/**
 * Whatever plays a seat in place of its bot: like a bot, a pure function of the seat's own view (and the
 * game's seed), so asked again about the same view it does the same thing. Scripted strategies and the
 * backtest's historical inputs are seat players.
 */
export type SeatPlayer = (view: PlayerView, seed: number) => BotAction[];

export interface HeadlessOptions {
  seed: number;
  /** Rounds to play; the scenario's own number if omitted. */
  rounds?: number;
  /** Each seat's bot; a seed-chosen place in the default mix if omitted. */
  profiles?: PerRole<BotProfile>;
  /** Binding deals: the engine refuses sheets that break them (default: non-binding). */
  bindingDeals?: boolean;
  /** The default scenario if omitted. */
  scenario?: Scenario;
  /** Virtual seconds between market ticks while the table negotiates. */
  tickSeconds?: number;
  /** Seats played by something other than their bot (the bot's profile is then only a label). */
  players?: Partial<PerRole<SeatPlayer>>;
  /**
   * Which engine plays: `fast` (the default: the machine's own graph stepped without an actor, commands
   * not parsed again, fast-engine.ts) or `machine` (the server's engine on XState's actor, every command
   * parsed by the schemas). Both give the same game; the second is the reference the first is tested on.
   */
  engine?: 'fast' | 'machine';
}

export interface HeadlessRun {
  config: GameConfig;
  state: GameState;
  log: readonly GameEvent[];
  profiles: PerRole<BotProfile>;
  /** Bot commands the engine refused: a bot bug if ever above zero. */
  refused: number;
  /** The first refusals, for diagnosis. */
  refusals: string[];
  /** How often the seats' players were asked, and how often they had nothing to do (see `Decisions`). */
  decisions: Decisions;
}

/**
 * A game's count of decisions: every call of a seat's player (a bot's whole `botActions`), and those that
 * returned nothing. A state a seat was already quiet in is not asked again and not counted.
 */
export interface Decisions {
  asked: number;
  quiet: number;
}

/** Plays one full game and returns its final state. */
export function playHeadlessGame(options: HeadlessOptions): GameState {
  return runHeadlessGame(options).state;
}

export function runHeadlessGame(options: HeadlessOptions): HeadlessRun {
  // Without profiles, the seed picks a place in the default mix, so different seeds meet different bots.
  const profiles = options.profiles ?? defaultProfiles(options.seed);
  const config = createGameConfig({
    gameId: `sim-${options.seed}`,
    seed: options.seed,
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.rounds ? { rounds: options.rounds } : {}),
    bindingDeals: options.bindingDeals ?? false,
    seats: perRole(() => 'bot'),
  });
  const machine = options.engine === 'machine' ? createGameEngine(config, 0, undefined, 'actor') : null;
  const engine: GameCore = machine ?? createFastGame(config, 0);
  const players = perRole<SeatPlayer>(
    (role) =>
      options.players?.[role] ??
      ((view, seed) => botActions(view, profiles[role], seed, { scenario: config.scenario })),
  );
  const driver = new Driver(engine, config, players, options.tickSeconds ?? SIM_TICK_SECONDS);
  driver.play();
  const run: HeadlessRun = {
    config,
    state: engine.state,
    log: engine.log,
    profiles,
    refused: driver.refused,
    refusals: driver.refusals,
    decisions: driver.decisions,
  };
  machine?.stop();
  return run;
}

class Driver {
  at = 0;
  refused = 0;
  refusals: string[] = [];
  readonly decisions: Decisions = { asked: 0, quiet: 0 };
  private commandCount = 0;
  /**
   * The state each bot last had nothing to do in. A bot is a pure function of its view, so asked again
   * about the very same state it would again do nothing: the driver skips building the view and asking.
   */
  private readonly quietIn: Partial<Record<RoleId, GameState>> = {};
  /** The public part of the views of the latest state asked about: the seats asked in turn share it. */
  private common: { state: GameState; view: CommonView } | null = null;

  constructor(
    private readonly engine: GameCore,
    private readonly config: GameConfig,
    private readonly players: PerRole<SeatPlayer>,
    private readonly tickSeconds: number,
  ) {}

  play(): void {
    this.send({ kind: 'host' }, { type: 'host:start' });
    for (let step = 0; step < MAX_STEPS && this.engine.state.phase !== 'ended'; step++) {
      const { phase, round } = this.engine.state;
      if (phase === 'news' || phase === 'decide') this.askUntilQuiet();
      if (phase === 'negotiate') this.negotiate();
      // The last sheet ends a decide phase early: the next phase is asked before its clock runs.
      if (this.engine.state.phase === phase && this.engine.state.round === round) this.timeout();
    }
    if (this.engine.state.phase !== 'ended')
      throw new Error(`headless game ${this.config.gameId} did not end`);
  }

  /** Negotiation: bots talk, then the market ticks and they answer what changed, until the deadline. */
  private negotiate(): void {
    const deadline = this.engine.state.deadline ?? this.at;
    let quiet = this.askUntilQuiet() === 0;
    for (let at = this.at + this.tickSeconds * 1000; at < deadline; at += this.tickSeconds * 1000) {
      this.at = at;
      this.engine.tick(at);
      if (!quiet) quiet = this.askUntilQuiet() === 0;
    }
    this.at = Math.max(this.at, deadline);
    this.engine.tick(this.at);
  }

  /** The phase's deadline passes (a phase ended early by the last sheet has already moved on). */
  private timeout(): void {
    const { deadline } = this.engine.state;
    if (deadline === null) return;
    this.at = Math.max(this.at, deadline);
    this.engine.timeout(this.at);
  }

  /** Asks every bot in turn, starting with a different seat each round, until a pass produces nothing. */
  private askUntilQuiet(): number {
    let total = 0;
    for (let pass = 0; pass < MAX_PASSES_PER_STEP; pass++) {
      const state = this.engine.state;
      const phase = state.phase;
      let applied = 0;
      const first = state.round % ROLE_IDS.length;
      for (let offset = 0; offset < ROLE_IDS.length; offset++) {
        const role = ROLE_IDS[(first + offset) % ROLE_IDS.length]!;
        if (this.engine.state.phase !== phase) return total + applied;
        applied += this.actFor(role);
      }
      total += applied;
      if (applied === 0) break;
    }
    return total;
  }

  private actFor(role: RoleId): number {
    const state = this.engine.state;
    if (this.quietIn[role] === state) return 0;
    if (this.common?.state !== state) this.common = { state, view: commonViewOf(state) };
    const view = playerViewFor(state, role, this.common.view);
    const actions = this.players[role](view, this.config.seed);
    this.decisions.asked++;
    if (actions.length === 0) {
      this.quietIn[role] = state;
      this.decisions.quiet++;
    }
    let applied = 0;
    for (const action of actions) {
      if (this.send({ kind: 'seat', role }, action.command, action.reason)) applied++;
    }
    return applied;
  }

  private send(actor: Actor, body: CommandBody, reason?: Headline): boolean {
    this.commandCount++;
    const input = extended(body, {
      commandId: `c${this.commandCount}`,
      version: this.engine.state.version,
    }) as Command;
    const ack = this.engine.command(actor, input, this.at, reason);
    if (!ack.ok) {
      this.refused++;
      if (this.refusals.length < 5)
        this.refusals.push(`${body.type}: ${ack.error.code} ${ack.error.message}`);
    }
    return ack.ok;
  }
}

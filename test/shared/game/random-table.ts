import fc from 'fast-check';
import type { Actor } from '../../../shared/game/events.ts';
import type { GameState, Phase } from '../../../shared/game/state.ts';
import { signalAllowed } from '../../../shared/protocol/statements.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { host, seat, type TestGame } from './helpers.ts';

/**
 * Random games that are mostly real games: the host usually starts, time passes so that phases end, and
 * most commands come from someone entitled to send them, in a phase where people would, about a proposal
 * that exists. A minority stays hostile (wrong sender, wrong phase, stale version, malformed fields,
 * early timeouts), so the refusals are exercised too. Each step carries a `pick` that chooses among what
 * exists at that moment (a proposal, a signatory), which keeps the steps plain data that fast-check can
 * shrink. replay.property.test.ts prints how far the games get and keeps floors on it.
 */
const terms = fc.constantFrom(
  [
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 10, includesAutos: true },
    { kind: 'noNetSales', role: 'tokyo' },
  ],
  [
    { kind: 'passThroughCap', role: 'usBusiness', maxPct: 30 },
    { kind: 'treasuryFloor', role: 'investors', minPct: 30 },
  ],
  [
    { kind: 'investmentPledge', role: 'tokyo', amountBn: 550 },
    { kind: 'tariffCap', role: 'whiteHouse', maxPct: 15, includesAutos: false },
  ],
);

const body = fc.oneof(
  fc.constant({ type: 'host:start' }),
  { weight: 2, arbitrary: fc.constant({ type: 'host:skip' }) },
  // Pause or resume, whichever the game is not in (when entitled).
  fc.constantFrom({ type: 'host:pause' }, { type: 'host:resume' }),
  fc.record({ type: fc.constant('host:extend'), seconds: fc.integer({ min: -5, max: 700 }) }),
  fc.record({
    type: fc.constant('host:inject'),
    shockId: fc.constantFrom('sale-rumour', 'dash-for-cash', 'nope'),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('chat:statement'),
      statement: fc.record({
        // Now and then an empty text, which the schema refuses.
        text: fc.oneof({ weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) }, fc.constant('')),
        signal: fc.constantFrom('none', 'hint', 'threat', 'denial', 'hawkish', 'bearish', 'warnPrices'),
      }),
    }),
  },
  fc.record({
    type: fc.constant('chat:private'),
    message: fc.record({
      to: fc.uniqueArray(fc.constantFrom(...ROLE_IDS), { minLength: 1, maxLength: 2 }),
      text: fc.constant('secret-note'),
    }),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('deal:propose'),
      proposal: fc.record({
        terms,
        // Now and then a duration the schema refuses.
        durationRounds: fc.oneof(
          { weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) },
          fc.constantFrom(0, 99),
        ),
      }),
    }),
  },
  // Signing is the common answer, so that deals come into force and their terms are checked.
  { weight: 3, arbitrary: fc.constant({ type: 'deal:accept' as const }) },
  fc.constantFrom({ type: 'deal:reject' as const }, { type: 'deal:withdraw' as const }),
  {
    weight: 3,
    arbitrary: fc.record({ type: fc.constant('move:submit'), tariffPct: fc.integer({ min: -1, max: 60 }) }),
  },
);

/**
 * One step of a game: a command, time passing (then the server's clock event, so a long phase takes more
 * steps than a short one and gets more commands, as at a real table), the clock jumping to the deadline, a
 * tick, or (rarely, so that most games that end are played to their last round) the host ending the game.
 */
export const step = fc.oneof(
  {
    weight: 100,
    arbitrary: fc.record({ kind: fc.constant('timeout' as const), ms: fc.integer({ min: 0, max: 60_000 }) }),
  },
  { weight: 20, arbitrary: fc.constant({ kind: 'deadline' as const }) },
  {
    weight: 40,
    arbitrary: fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 1, max: 5_000 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
  {
    weight: 360,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      body,
      // Five in six commands come from someone entitled to send them.
      entitled: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
      pick: fc.nat(),
      staleBy: fc.integer({ min: 0, max: 9 }).map((n) => (n === 0 ? 1 : 0)),
    }),
  },
);
export type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;
type CommandStep = Extract<Step, { kind: 'command' }>;

const at = <T>(list: readonly T[], pick: number): T | undefined => list[pick % Math.max(1, list.length)];

/** The proposal a deal command is about: an open one when entitled, any one (or none) otherwise. */
function proposalFor(state: GameState, next: CommandStep) {
  const all = Object.values(state.proposals);
  return at(next.entitled ? all.filter((proposal) => proposal.status === 'open') : all, next.pick);
}

/** Who sends the command: someone it is meant for, or (when not entitled) anyone at all. */
function senderOf(state: GameState, next: CommandStep, proposalId: string | undefined): Actor {
  const { type } = next.body;
  const oneOf = (roles: readonly RoleId[], otherwise: RoleId) => seat(at(roles, next.pick) ?? otherwise);
  if (!next.entitled) return at([host, ...ROLE_IDS.map(seat)], next.pick) ?? host;
  if (type.startsWith('host:')) return host;
  const proposal = proposalId === undefined ? undefined : state.proposals[proposalId];
  if (proposal && type === 'deal:withdraw') return seat(proposal.proposer);
  if (proposal && type === 'deal:accept')
    return oneOf(
      proposal.signatories.filter((r) => !proposal.signedBy.includes(r)),
      proposal.proposer,
    );
  if (proposal && type === 'deal:reject')
    return oneOf(
      proposal.signatories.filter((r) => r !== proposal.proposer),
      proposal.proposer,
    );
  if ('message' in next.body) {
    const { to } = next.body.message;
    return oneOf(
      ROLE_IDS.filter((r) => !to.includes(r)),
      'tokyo',
    );
  }
  if ('statement' in next.body) {
    const { signal } = next.body.statement;
    return oneOf(
      ROLE_IDS.filter((r) => signalAllowed(r, signal)),
      'tokyo',
    );
  }
  return oneOf(ROLE_IDS, 'tokyo');
}

/** The command as sent: deal commands name a proposal, a sheet is the sender's standing one (tariff varied). */
function payloadOf(state: GameState, next: CommandStep, sender: Actor, proposalId: string | undefined) {
  const { body } = next;
  if (body.type === 'deal:accept' || body.type === 'deal:reject' || body.type === 'deal:withdraw')
    return { type: body.type, proposalId: proposalId ?? 'p1' };
  if ((body.type === 'host:pause' || body.type === 'host:resume') && next.entitled)
    return { type: state.paused ? 'host:resume' : 'host:pause' };
  if (body.type === 'move:submit' && 'tariffPct' in body) {
    const role = sender.kind === 'seat' ? sender.role : 'whiteHouse';
    const base = state.standingMoves[role];
    return {
      type: body.type,
      move: base.role === 'whiteHouse' ? { ...base, tariffPct: body.tariffPct } : base,
    };
  }
  return body;
}

/**
 * An entitled player whose command does not fit the moment (wrong phase, a paused game, no open proposal
 * to answer) lets five seconds pass instead.
 */
function waits(state: GameState, next: CommandStep): boolean {
  const { type } = next.body;
  if (!next.entitled || state.phase === 'ended') return false;
  if (!TABLE_RHYTHM[state.phase].includes(type)) return true;
  if (state.paused && !type.startsWith('host:')) return true;
  const answersProposal = type === 'deal:accept' || type === 'deal:reject' || type === 'deal:withdraw';
  return answersProposal && !Object.values(state.proposals).some((proposal) => proposal.status === 'open');
}

const HOSTING = ['host:skip', 'host:pause', 'host:resume', 'host:extend', 'host:inject'];
const TALKING = [...HOSTING, 'chat:private', 'chat:statement'];
const DEALING = [...TALKING, 'deal:propose', 'deal:accept', 'deal:reject', 'deal:withdraw'];
/**
 * What people at a real table do in each phase: a model of play that makes an entitled player wait for
 * the phase in which they would act. It is not the rule: unentitled commands go out in any phase, so the
 * engine's own phase checks are still exercised.
 */
const TABLE_RHYTHM: Record<Phase, readonly string[]> = {
  lobby: ['host:start'],
  briefing: [...HOSTING, 'chat:private'],
  news: TALKING,
  negotiate: DEALING,
  decide: [...DEALING, 'move:submit'],
  ended: [],
};

/** Plays one step; for a command, says whether one was sent and whether it was accepted. */
export function playStep(game: TestGame, next: Step, id: number): { sent: boolean; accepted: string | null } {
  const { engine } = game;
  if (next.kind === 'deadline') {
    if (engine.state.deadline !== null) game.now = Math.max(game.now, engine.state.deadline);
    engine.timeout(game.now);
  } else if (next.kind === 'timeout' || (next.kind === 'command' && waits(engine.state, next))) {
    game.advance(next.kind === 'timeout' ? next.ms : 5_000);
    engine.timeout(game.now);
  } else if (next.kind === 'tick') {
    game.advance(next.ms);
    engine.tick(game.now);
  } else if (next.kind === 'end') {
    const answer = engine.command(
      host,
      { type: 'host:end', commandId: `r${id}`, version: engine.state.version },
      game.now,
    );
    return { sent: true, accepted: answer.ok ? 'host:end' : null };
  } else {
    const proposal = proposalFor(engine.state, next);
    const sender = senderOf(engine.state, next, proposal?.id);
    const version = Math.max(0, engine.state.version - next.staleBy * 3);
    const payload = payloadOf(engine.state, next, sender, proposal?.id);
    const answer = engine.command(sender, { ...payload, commandId: `r${id}`, version }, game.now);
    return { sent: true, accepted: answer.ok ? next.body.type : null };
  }
  return { sent: false, accepted: null };
}

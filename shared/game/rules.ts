import type { ModelParams } from '../market/params.ts';
import { makesADeal, type Term, termSummary } from '../protocol/deals.ts';
import type { CommandError } from '../protocol/errors.ts';
import type { MoveSheet } from '../protocol/moves.ts';
import { channelId, type PrivateMessage, signalAllowed } from '../protocol/statements.ts';
import { coordinatesAgainstOutsider } from '../protocol/talk.ts';
import type { RoleId } from '../roles.ts';
import { acceptedIn, isHostCommand, pauseAllows } from './command-phases.ts';
import { type BrokenPromise, brokenPromises } from './deal-terms.ts';
import { dealsInForce } from './deals.ts';
import type { CommandEvent } from './events.ts';
import {
  MESSAGES_PER_ROUND,
  messagesThisRound,
  PROPOSALS_PER_ROUND,
  proposalsThisRound,
  STATEMENTS_PER_ROUND,
  statementsThisRound,
} from './limits.ts';
import { offerRepeats, proposalOfOffer } from './offer-link.ts';
import type { Deal, GameState, Proposal } from './state.ts';
import { openTimeRequest, TIME_REQUESTS_PER_ROUND, timeRequestsThisRound } from './time.ts';

const error = (code: CommandError['code'], message: string): CommandError => ({ code, message });

/** A proposal by id; an id like "__proto__" or "constructor" names no proposal, not Object's prototype. */
function proposalById(game: GameState, id: string): Proposal | undefined {
  return Object.hasOwn(game.proposals, id) ? game.proposals[id] : undefined;
}

/**
 * Everything that makes a well-formed command unacceptable now. Returns null when it may be applied.
 * Pure: the same state and command always give the same answer, so refusals need no log entry.
 */
export function refusalFor(game: GameState, event: CommandEvent): CommandError | null {
  const { command, actor } = event;
  if (game.phase === 'ended') return error('GAME_ENDED', 'The game has ended.');
  const hostCommand = isHostCommand(command.type);
  if (hostCommand && actor.kind !== 'host') return error('FORBIDDEN', 'Only the host can do that.');
  if (!hostCommand && actor.kind !== 'seat') return error('FORBIDDEN', 'Only a seated role can do that.');
  if (!acceptedIn(game.phase, command.type)) {
    return error('WRONG_PHASE', `"${command.type}" is not accepted during ${game.phase}.`);
  }
  if (command.version > game.version || command.version < game.phaseVersion) {
    return error(
      'STALE_VERSION',
      `Made against version ${command.version}; the game is at ${game.version} (this phase began at ${game.phaseVersion}).`,
    );
  }
  if (!pauseAllows(game.paused, command.type)) {
    if (hostCommand) {
      return error('WRONG_PHASE', game.paused ? 'The game is already paused.' : 'The game is not paused.');
    }
    return error('PAUSED', 'The game is paused.');
  }
  if (actor.kind === 'host') return hostRefusal(game, event);
  return seatRefusal(game, event, actor.role);
}

function hostRefusal(game: GameState, event: CommandEvent): CommandError | null {
  const { command } = event;
  switch (command.type) {
    case 'host:inject':
      return game.config.scenario.shocks.some((shock) => shock.id === command.shockId)
        ? null
        : error('UNKNOWN_SHOCK', `No shock "${command.shockId}" in this scenario.`);
    case 'host:grantTime':
      return game.timeRequests.some(
        (request) => request.id === command.requestId && request.status === 'pending',
      )
        ? null
        : error('UNKNOWN_TIME_REQUEST', `No open request for time "${command.requestId}".`);
    default:
      return null;
  }
}

/**
 * The promise a sheet may not break: in a game whose deals are binding, the first term of a deal in force
 * this round that the sheet breaks (null when there is none, and always in a non-binding game, where a
 * breach is played and made public instead). The engine refuses `move:submit` with it (BREAKS_DEAL), and
 * the client asks it before it offers to hand a sheet in. Takes a view as it is, or a state's deals and
 * round with its config's `bindingDeals`.
 */
export function bindingPromiseBrokenBy(
  sheet: MoveSheet,
  game: { readonly deals: readonly Deal[]; readonly round: number; readonly bindingDeals: boolean },
  params: ModelParams,
): BrokenPromise | null {
  if (!game.bindingDeals) return null;
  return brokenPromises(sheet, dealsInForce(game), params)[0] ?? null;
}

function proposalLimit(game: GameState, role: RoleId): CommandError | null {
  return proposalsThisRound(game, role) >= PROPOSALS_PER_ROUND
    ? error(
        'PROPOSAL_LIMIT',
        `A seat makes at most ${PROPOSALS_PER_ROUND} proposals a round, counters included.`,
      )
    : null;
}

function seatRefusal(game: GameState, event: CommandEvent, role: RoleId): CommandError | null {
  const { command } = event;
  switch (command.type) {
    case 'move:submit': {
      if (command.move.role !== role)
        return error('WRONG_ROLE', `You play ${role}, not ${command.move.role}.`);
      const broken = bindingPromiseBrokenBy(
        command.move,
        { deals: game.deals, round: game.round, bindingDeals: game.config.bindingDeals },
        game.config.scenario.model,
      );
      return broken
        ? error(
            'BREAKS_DEAL',
            `This sheet breaks deal ${broken.dealId}, which is binding: ${termSummary(broken.term)} (the term "${broken.term.kind}").`,
          )
        : null;
    }
    case 'chat:statement':
      if (!signalAllowed(role, command.statement.signal))
        return error('SIGNAL_NOT_ALLOWED', `${role} cannot send the signal "${command.statement.signal}".`);
      if (command.statement.replyTo && !game.statements.some((said) => said.id === command.statement.replyTo))
        return error(
          'UNKNOWN_STATEMENT',
          `There is no public statement ${command.statement.replyTo} to answer.`,
        );
      return statementsThisRound(game, role) >= STATEMENTS_PER_ROUND
        ? error('STATEMENT_LIMIT', `A seat makes at most ${STATEMENTS_PER_ROUND} statements a round.`)
        : null;
    case 'time:request':
      if (openTimeRequest(game, role))
        return error('TIME_REQUEST_LIMIT', 'You have already asked for time; the host has not answered yet.');
      return timeRequestsThisRound(game, role) >= TIME_REQUESTS_PER_ROUND
        ? error(
            'TIME_REQUEST_LIMIT',
            `A seat asks for time at most ${TIME_REQUESTS_PER_ROUND} times a round.`,
          )
        : null;
    case 'chat:team':
      return messagesThisRound(game, role) >= MESSAGES_PER_ROUND
        ? error('MESSAGE_LIMIT', `A seat sends at most ${MESSAGES_PER_ROUND} private messages a round.`)
        : null;
    case 'chat:private':
      if (command.message.to.includes(role)) return error('SELF_MESSAGE', 'You cannot message yourself.');
      return privateMessageRefusal(game, role, command.message);
    case 'deal:propose':
      return proposalLimit(game, role) ?? proposalRefusal(command.proposal.terms, role);
    case 'deal:counter': {
      const original = proposalById(game, command.proposalId);
      if (!original) return error('UNKNOWN_PROPOSAL', `No proposal "${command.proposalId}".`);
      if (original.status !== 'open')
        return error('PROPOSAL_CLOSED', `Proposal ${original.id} is ${original.status}.`);
      if (!original.signatories.includes(role) || original.proposer === role) {
        return error('NOT_A_SIGNATORY', 'Only another party to a proposal can counter it.');
      }
      return proposalLimit(game, role) ?? proposalRefusal(command.proposal.terms, role);
    }
    case 'deal:accept':
    case 'deal:reject':
    case 'deal:withdraw': {
      const proposal = proposalById(game, command.proposalId);
      if (!proposal) return error('UNKNOWN_PROPOSAL', `No proposal "${command.proposalId}".`);
      if (proposal.status !== 'open')
        return error('PROPOSAL_CLOSED', `Proposal ${proposal.id} is ${proposal.status}.`);
      if (command.type === 'deal:withdraw') {
        return proposal.proposer === role
          ? null
          : error('FORBIDDEN', 'Only the proposer can withdraw a proposal.');
      }
      if (!proposal.signatories.includes(role))
        return error('NOT_A_SIGNATORY', 'You are not a party to this proposal.');
      if (command.type === 'deal:accept' && proposal.signedBy.includes(role)) {
        return error('ALREADY_SIGNED', 'You have already signed this proposal.');
      }
      if (command.type === 'deal:reject' && proposal.proposer === role) {
        return error('FORBIDDEN', 'Withdraw your own proposal instead of rejecting it.');
      }
      return null;
    }
    default:
      return null;
  }
}

function proposalRefusal(terms: readonly Term[], proposer: RoleId): CommandError | null {
  return !makesADeal(terms, proposer)
    ? error('INVALID_COMMAND', 'A deal needs at least two parties: name a term for another role.')
    : null;
}

/** A private message's limits and references: the round's cap, a reply to a message of its own conversation, a third party outside it. */
function privateMessageRefusal(game: GameState, role: RoleId, message: PrivateMessage): CommandError | null {
  if (messagesThisRound(game, role) >= MESSAGES_PER_ROUND)
    return error('MESSAGE_LIMIT', `A seat sends at most ${MESSAGES_PER_ROUND} private messages a round.`);
  const members = [role, ...message.to];
  if (!coordinatesAgainstOutsider(message.intent, members))
    return error('INVALID_COMMAND', 'Coordinate against a role outside the conversation.');
  const link = offerLinkRefusal(game, role, message);
  if (link) return link;
  if (message.inReplyTo) {
    const channel = game.channels[channelId(members)];
    if (!channel?.messages.some((earlier) => earlier.id === message.inReplyTo))
      return error('INVALID_COMMAND', `No message "${message.inReplyTo}" in this conversation.`);
  }
  return null;
}

/**
 * An offer that links a proposal says "I have proposed this" (`offerRepeats`: the sender's own open
 * proposal of this round with the very terms); the talk book's "I have put a deal on the table" needs one.
 */
function offerLinkRefusal(game: GameState, role: RoleId, message: PrivateMessage): CommandError | null {
  const { intent } = message;
  if (intent?.kind === 'offer' && intent.proposalId !== undefined) {
    const linked = proposalById(game, intent.proposalId);
    return linked && offerRepeats(linked, role, intent.proposal, game.round)
      ? null
      : error(
          'INVALID_COMMAND',
          `The offer links "${intent.proposalId}", which is not your open proposal of this round with these terms.`,
        );
  }
  if (message.words?.key !== 'talk.offer.proposed') return null;
  return intent?.kind === 'offer' && proposalOfOffer(game, role, intent.proposal)
    ? null
    : error('INVALID_COMMAND', 'You have no open proposal of this round with these terms on the table.');
}

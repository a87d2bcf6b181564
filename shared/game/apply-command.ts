import { reactToStatement } from '../market/index.ts';
import { mappedList } from '../plain-data.ts';
import type { CommandResult } from '../protocol/commands.ts';
import { accept } from '../protocol/errors.ts';
import { CUSTOM_SHOCK_PREFIX, type CustomShock } from '../protocol/shocks.ts';
import { channelId } from '../protocol/statements.ts';
import type { RoleId } from '../roles.ts';
import type { Shock } from '../scenario/schema.ts';
import { withAnswer } from './answers.ts';
import { closeProposal, propose, sign } from './deals.ts';
import { actorKey, type CommandEvent } from './events.ts';
import { gameWith } from './game-copies.ts';
import { nextId } from './ids.ts';
import { addNews } from './news.ts';
import { linkedIntent } from './offer-link.ts';
import { afterMarketMove, extend, fireShock, pause, resume } from './phases.ts';
import type { GameContext, PrivateMessageRecord } from './state.ts';

/**
 * Applies an accepted command: the state changes it makes, a new version, and its answer kept under
 * the sender's key so a retry with the same `commandId` gets it again. Phase changes are the machine's.
 */
export function applyCommand(game: GameContext, event: CommandEvent): GameContext {
  const [data, applied] = effectOf(game, event);
  return gameWith(applied, {
    version: applied.version + 1,
    seq: applied.seq + 1,
    botReasons:
      event.reason && event.actor.kind === 'seat'
        ? [
            ...applied.botReasons,
            { round: game.round, role: event.actor.role, at: event.at, reason: event.reason },
          ]
        : applied.botReasons,
    answers: withAnswer(applied.answers, `${actorKey(event.actor)}:${event.command.commandId}`, accept(data)),
  });
}

type Effect = [data: CommandResult, game: GameContext];

/**
 * The facilitator's own shock as the market model takes a library shock: named by its place among the
 * custom shocks fired at this table, so the debrief can tell them apart, with the headline as its title.
 */
function customShockOf(game: GameContext, custom: CustomShock): Shock {
  const fired = game.shocksFired.filter((shock) => shock.shockId.startsWith(CUSTOM_SHOCK_PREFIX)).length;
  return {
    id: `${CUSTOM_SHOCK_PREFIX}${fired + 1}`,
    kind: custom.kind,
    title: { en: custom.headline },
    description: { en: custom.headline },
    effect: custom.effect,
    scheduledRounds: [],
  };
}

function seatOf(event: CommandEvent): RoleId {
  if (event.actor.kind !== 'seat') throw new Error(`${event.command.type} needs a seat`);
  return event.actor.role;
}

function effectOf(game: GameContext, event: CommandEvent): Effect {
  const { command, at } = event;
  switch (command.type) {
    case 'move:submit': {
      const role = seatOf(event);
      return [{ role }, gameWith(game, { submitted: { ...game.submitted, [role]: command.move } })];
    }
    case 'chat:statement': {
      const from = seatOf(event);
      const [id, withId] = nextId(game, 's');
      const reaction = reactToStatement(
        withId.market,
        from,
        command.statement.signal,
        game.config.scenario.model,
      );
      let next: GameContext = gameWith(withId, {
        market: reaction.market,
        statements: [...withId.statements, { id, at, round: game.round, from, ...command.statement }],
      });
      if (reaction.headline) next = addNews(next, reaction.headline, at);
      return [{ statementId: id }, afterMarketMove(next, at)];
    }
    case 'chat:private': {
      const from = seatOf(event);
      const { text, intent, words, inReplyTo } = command.message;
      return postMessage(game, [from, ...command.message.to], from, at, {
        text,
        // An offer that repeats the sender's proposal on the table is recorded as a link to it.
        ...(intent ? { intent: linkedIntent(game, from, intent) } : {}),
        ...(words ? { words } : {}),
        ...(inReplyTo ? { inReplyTo } : {}),
      });
    }
    case 'chat:team': {
      // A team's channel is its seat alone; each message keeps the member who wrote it.
      const from = seatOf(event);
      const author = event.actor.kind === 'seat' ? event.actor.person : undefined;
      return postMessage(game, [from], from, at, {
        text: command.message.text,
        ...(author ? { author: author.name, authorId: author.id } : {}),
      });
    }
    case 'deal:propose': {
      const [proposal, next] = propose(game, seatOf(event), command.proposal, at);
      return [{ proposalId: proposal.id }, next];
    }
    case 'deal:counter': {
      const [proposal, next] = propose(game, seatOf(event), command.proposal, at, command.proposalId);
      return [{ proposalId: proposal.id }, next];
    }
    case 'deal:accept': {
      const [deal, next] = sign(game, command.proposalId, seatOf(event), at);
      return [
        { proposalId: command.proposalId, dealId: deal?.id ?? null },
        deal ? afterMarketMove(next, at) : next,
      ];
    }
    case 'deal:reject':
      return [
        { proposalId: command.proposalId },
        closeProposal(game, command.proposalId, 'rejected', seatOf(event)),
      ];
    case 'deal:withdraw':
      return [
        { proposalId: command.proposalId },
        closeProposal(game, command.proposalId, 'withdrawn', seatOf(event)),
      ];
    case 'host:pause':
      return [{}, addNews(pause(game, at), { key: 'news.paused' }, at)];
    case 'host:resume':
      return [{}, addNews(resume(game, at), { key: 'news.resumed' }, at)];
    case 'host:extend':
      return [{ seconds: command.seconds }, extend(game, command.seconds)];
    case 'time:request': {
      const role = seatOf(event);
      const [id, withId] = nextId(game, 't');
      const request = { id, role, seconds: command.seconds, at, phaseVersion: game.phaseVersion };
      return [
        { requestId: id },
        gameWith(withId, {
          timeRequests: [...withId.timeRequests, { ...request, status: 'pending' as const }],
        }),
      ];
    }
    case 'host:grantTime': {
      const request = game.timeRequests.find((candidate) => candidate.id === command.requestId);
      const seconds = request?.seconds ?? 0;
      const timeRequests = mappedList(game.timeRequests, (candidate) =>
        candidate === request ? { ...candidate, status: 'granted' as const } : candidate,
      );
      return [{ requestId: command.requestId, seconds }, extend(gameWith(game, { timeRequests }), seconds)];
    }
    case 'host:extendedTime': {
      const others = game.extendedTime.filter((role) => role !== command.role);
      const extendedTime = command.extended ? [...others, command.role] : others;
      return [{ role: command.role, extended: command.extended }, gameWith(game, { extendedTime })];
    }
    case 'host:inject': {
      const shock = game.config.scenario.shocks.find((candidate) => candidate.id === command.shockId);
      return [{ shockId: command.shockId }, shock ? fireShock(game, shock, at) : game];
    }
    case 'host:injectCustom': {
      const shock = customShockOf(game, command.shock);
      return [{ shockId: shock.id }, fireShock(game, shock, at)];
    }
    // Phase changes: the machine moves the phase; the command itself only leaves its answer.
    case 'host:start':
    case 'host:skip':
    case 'host:end':
      return [{}, game];
  }
}

/** A message posted to the channel of `members` (opened on its first message), answered with its ids. */
function postMessage(
  game: GameContext,
  members: readonly RoleId[],
  from: RoleId,
  at: number,
  content: Omit<PrivateMessageRecord, 'id' | 'at' | 'round' | 'from'>,
): Effect {
  const channel = channelId(members);
  const [id, withId] = nextId(game, 'm');
  const existing = withId.channels[channel] ?? {
    id: channel,
    members: channel.split('+') as RoleId[],
    messages: [],
  };
  const message: PrivateMessageRecord = { id, at, round: game.round, from, ...content };
  return [
    { messageId: id, channelId: channel },
    gameWith(withId, {
      channels: { ...withId.channels, [channel]: { ...existing, messages: [...existing.messages, message] } },
    }),
  ];
}

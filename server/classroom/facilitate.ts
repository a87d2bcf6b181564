import { randomUUID } from 'node:crypto';
import { clockAlignment } from '../../shared/classroom/clocks.ts';
import {
  formTables,
  placeLateJoiner,
  type SeatChoice,
  type TableSeating,
} from '../../shared/classroom/tables.ts';
import type { Phase } from '../../shared/game/state.ts';
import {
  type ClassroomBroadcastMessage,
  type ClassroomCommand,
  type ClassroomCommandResult,
  type Facilitate,
  MAX_TABLES,
  type TableOutcome,
  type Target,
} from '../../shared/protocol/classroom.ts';
import type { HostCommand, WithoutEnvelope } from '../../shared/protocol/commands.ts';
import { type Ack, accept, type Refusal, refuse } from '../../shared/protocol/errors.ts';
import { perRole } from '../../shared/roles.ts';
import { gameRoom } from '../broadcast.ts';
import { nameCaptain } from '../team.ts';
import { Classroom } from './classroom.ts';
import type { ClassroomDeps } from './deps.ts';
import { facilitatorOrRefusal } from './sessions.ts';
import { announceSeat, facilitatorAt, liveTables, openTable, placeMember } from './tables.ts';

/**
 * A facilitator's command: checked against the token first (a wrong one changes nothing), then run in the
 * session's queue. Commands for tables go to each target table as the game's own host command, so every
 * rule (which phase accepts what, a pause, an unknown shock) is the game's, stated once.
 *
 * `decision` names the command at the tables. A facilitator's request is a new decision each time (a
 * retry from the console too): a fresh id. With several nodes, a request carried to the session's node
 * keeps one id for every try (server/cluster/forward.ts), and is that decision: if its node died after the
 * tables took it, the node that takes over runs it again under the same id, and each table answers as it
 * did the first time instead of, say, granting an extension twice.
 */
export async function facilitate(
  deps: ClassroomDeps,
  request: Facilitate,
  decision?: string,
): Promise<Ack<ClassroomCommandResult>> {
  const classroom = facilitatorOrRefusal(deps, request);
  if (!(classroom instanceof Classroom)) return classroom;
  const result = await classroom.enqueue(() => run(deps, classroom, request.command, decision));
  deps.feeds.of(classroom).noteChange();
  return result;
}

async function run(
  deps: ClassroomDeps,
  classroom: Classroom,
  command: ClassroomCommand,
  decision: string | undefined,
): Promise<Ack<ClassroomCommandResult>> {
  switch (command.type) {
    case 'tables:form':
      return formWaiting(deps, classroom);
    case 'person:place':
      return place(deps, classroom, command);
    case 'projector:focus':
      return focusProjector(deps, classroom, command.tableId);
    case 'team:captain':
      return nameTableCaptain(deps, classroom, command.tableId, command.personId);
    case 'time:grant': {
      const table = targetsOf(classroom, [command.tableId]);
      if (!Array.isArray(table)) return table;
      return fanOut(deps, decision, table, { type: 'host:grantTime', requestId: command.requestId });
    }
    default:
      break;
  }
  const targets = targetsOf(classroom, command.target);
  if (!Array.isArray(targets)) return targets;
  switch (command.type) {
    case 'tables:start':
      return fanOut(deps, decision, targets, { type: 'host:start' });
    case 'tables:pause':
      return fanOut(deps, decision, targets, { type: 'host:pause' });
    case 'tables:resume':
      return fanOut(deps, decision, targets, { type: 'host:resume' });
    case 'tables:extend':
      return fanOut(deps, decision, targets, { type: 'host:extend', seconds: command.seconds });
    case 'tables:skip': {
      const seen = new Map(command.seen?.map(({ tableId, round, phase }) => [tableId, { round, phase }]));
      return fanOut(deps, decision, targets, { type: 'host:skip' }, (tableId) => seen.get(tableId));
    }
    case 'tables:end': {
      const result = await fanOut(deps, decision, targets, { type: 'host:end' });
      if (command.target === 'all') {
        classroom.ended = true;
        await deps.game.store.saveClassroom(classroom.toStored());
      }
      return result;
    }
    case 'shock:inject':
      return fanOut(deps, decision, targets, { type: 'host:inject', shockId: command.shockId });
    case 'shock:custom':
      return fanOut(deps, decision, targets, { type: 'host:injectCustom', shock: command.shock });
    case 'clocks:align':
      return alignClocks(deps, decision, targets);
    case 'message:broadcast':
      return broadcast(deps, classroom, targets, command.text, decision ?? randomUUID());
  }
}

/** The projector's large table, stored with the session before anyone is told. */
async function focusProjector(
  deps: ClassroomDeps,
  classroom: Classroom,
  tableId: string | null,
): Promise<Ack<ClassroomCommandResult>> {
  if (tableId !== null && !classroom.tables.includes(tableId))
    return refuse('NOT_FOUND', `Table "${tableId}" is not part of this class session.`);
  const held = classroom.projectorFocus;
  classroom.projectorFocus = tableId;
  try {
    await deps.game.store.saveClassroom(classroom.toStored());
  } catch (error) {
    classroom.projectorFocus = held;
    throw error;
  }
  return accept({ outcomes: tableId === null ? [] : [{ tableId, ok: true }] });
}

/**
 * The facilitator names a team's captain at one table: the table's own `team:captain`, sent as its host
 * (server/team.ts), so the rule and the stored lobby are the game's, stated once.
 */
async function nameTableCaptain(
  deps: ClassroomDeps,
  classroom: Classroom,
  tableId: string,
  personId: string,
): Promise<Ack<ClassroomCommandResult>> {
  const game = classroom.tables.includes(tableId) ? deps.games.get(tableId) : undefined;
  const host = game && facilitatorAt(game);
  if (!game || !host) return refuse('NOT_FOUND', `Table "${tableId}" is not part of this class session.`);
  const named = await nameCaptain(game, host, personId);
  return named.ok ? accept({ outcomes: [{ tableId, ok: true }] }) : named;
}

/** The target's tables, each once; a table not of this session refuses the whole command. */
function targetsOf(classroom: Classroom, target: Target): string[] | Refusal {
  if (target === 'all') return [...classroom.tables];
  const unknown = target.find((tableId) => !classroom.tables.includes(tableId));
  if (unknown) return refuse('NOT_FOUND', `Table "${unknown}" is not part of this class session.`);
  return [...new Set(target)];
}

async function fanOut(
  deps: ClassroomDeps,
  decision: string | undefined,
  targets: readonly string[],
  body: WithoutEnvelope<HostCommand>,
  /** The round and phase a table showed when the facilitator pressed (`tables:skip`'s `seen`), if given. */
  seenAt: (tableId: string) => { round: number; phase: Phase } | undefined = () => undefined,
): Promise<Ack<ClassroomCommandResult>> {
  const commandId = `facilitator-${decision ?? randomUUID()}`;
  const outcomes = await Promise.all(
    targets.map(async (tableId): Promise<TableOutcome> => {
      const game = deps.games.get(tableId);
      const host = game && facilitatorAt(game);
      if (!game || !host) return { tableId, ok: false, code: 'NOT_FOUND' };
      const ack = await game.hostCommand(host, body, commandId, seenAt(tableId));
      return ack.ok ? { tableId, ok: true } : { tableId, ok: false, code: ack.error.code };
    }),
  );
  return accept({ outcomes });
}

/** Tables in the same round and phase end together (shared/classroom/clocks.ts says how). */
async function alignClocks(
  deps: ClassroomDeps,
  decision: string | undefined,
  targets: readonly string[],
): Promise<Ack<ClassroomCommandResult>> {
  const clocks = targets.flatMap((tableId) => {
    const state = deps.games.get(tableId)?.engine.state;
    return state
      ? [
          {
            tableId,
            phase: state.phase,
            round: state.round,
            deadline: state.deadline,
            paused: state.paused,
            pausedRemainingMs: state.pausedRemainingMs,
          },
        ]
      : [];
  });
  const outcomes: TableOutcome[] = [];
  for (const { tableId, seconds } of clockAlignment(clocks, deps.clock.now())) {
    const result = await fanOut(deps, decision, [tableId], { type: 'host:extend', seconds });
    if (result.ok) outcomes.push(...result.data.outcomes);
  }
  return accept({ outcomes });
}

async function broadcast(
  deps: ClassroomDeps,
  classroom: Classroom,
  targets: readonly string[],
  text: string,
  decision: string,
): Promise<Ack<ClassroomCommandResult>> {
  const message: ClassroomBroadcastMessage = { classroomId: classroom.id, text, at: deps.clock.now() };
  // Kept for the session's export, and stored before anyone hears it; a decision run again (another node
  // taking the session over) is kept once.
  if (!classroom.broadcasts.some((kept) => kept.decision === decision)) {
    classroom.broadcasts.push({ decision, at: message.at, text, tableIds: [...targets] });
    try {
      await deps.game.store.saveClassroom(classroom.toStored());
    } catch (error) {
      classroom.broadcasts.pop();
      throw error;
    }
  }
  for (const tableId of targets) deps.game.io.to(gameRoom(tableId)).emit('classroom:message', message);
  return accept({ outcomes: targets.map((tableId) => ({ tableId, ok: true })) });
}

/** Everyone not at a table yet is seated at new tables by the forming rule. */
async function formWaiting(deps: ClassroomDeps, classroom: Classroom): Promise<Ack<ClassroomCommandResult>> {
  const waiting = classroom.waiting();
  if (waiting.length === 0) return refuse('INVALID_COMMAND', 'Nobody is waiting for a table.');
  const plans = formTables(
    waiting.map((member) => member.id),
    classroom.tableSize,
  );
  if (classroom.tables.length + plans.length > MAX_TABLES)
    return refuse('TABLE_FULL', `A class session holds at most ${MAX_TABLES} tables.`);
  const outcomes: TableOutcome[] = [];
  for (const plan of plans) {
    const game = await openTable(deps, classroom, plan, classroom.tables.length);
    classroom.tables.push(game.id);
    outcomes.push({ tableId: game.id, ok: true });
  }
  await deps.game.store.saveClassroom(classroom.toStored());
  for (const member of waiting) announceSeat(deps, classroom, member);
  return accept({ outcomes });
}

async function place(
  deps: ClassroomDeps,
  classroom: Classroom,
  command: Extract<ClassroomCommand, { type: 'person:place' }>,
): Promise<Ack<ClassroomCommandResult>> {
  const member = classroom.members.get(command.personId);
  if (!member) return refuse('NOT_FOUND', `Nobody with id "${command.personId}" is in this class session.`);
  if ((command.tableId === undefined) !== (command.role === undefined))
    return refuse('INVALID_COMMAND', 'Name both a table and a role, or neither to let the rule place them.');
  const choice: SeatChoice | null =
    command.tableId && command.role
      ? { tableId: command.tableId, role: command.role }
      : placeLateJoiner(seatingsOf(deps, classroom));
  if (!choice) return refuse('TABLE_FULL', 'Every table is full; form a new table for the people waiting.');
  const placed = await placeMember(deps, classroom, member, choice);
  if (!placed.ok) return placed;
  await deps.game.store.saveClassroom(classroom.toStored());
  announceSeat(deps, classroom, member);
  return accept({ outcomes: [{ tableId: choice.tableId, ok: true }] });
}

/** Each live table's seats, as the late-joiner rule reads them. */
function seatingsOf(deps: ClassroomDeps, classroom: Classroom): TableSeating[] {
  const open = liveTables(deps, classroom).filter((game) => game.engine.state.phase !== 'ended');
  return open.map((game) => ({
    tableId: game.id,
    started: game.engine.state.phase !== 'lobby',
    seats: perRole((role) => ({
      people: game.lobby.peopleAt(role).length,
      bot: game.lobby.botAt(role) !== null,
    })),
  }));
}

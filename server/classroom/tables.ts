import { PERSONALITIES } from '../../shared/bots/types.ts';
import {
  botForTableSeat,
  botSeatsOf,
  type SeatChoice,
  type TablePlan,
} from '../../shared/classroom/tables.ts';
import type { ClassroomSeatedMessage } from '../../shared/protocol/classroom.ts';
import { type Ack, accept, type Refusal, refuse } from '../../shared/protocol/errors.ts';
import { ROLE_IDS } from '../../shared/roles.ts';
import { recordWithFreeCode } from '../join-code.ts';
import { LiveGame } from '../live-game.ts';
import { removePerson } from '../seat-consent.ts';
import { saveOrUndo } from '../seating.ts';
import type { ClassMember, Classroom } from './classroom.ts';
import type { ClassroomDeps } from './deps.ts';

/**
 * A class's tables are ordinary games whose host is the facilitator (a seatless host person kept under the
 * facilitator's token digest) and whose people are the members seated there (under their own digests, so
 * `seat:resume` with the session token opens their table). Seats are placed by the facilitator, without
 * the consent a stranger joining a team would need.
 */

/** A new table for `plan`: created and stored with its people and bots before anyone hears of it. */
export async function openTable(
  deps: ClassroomDeps,
  classroom: Classroom,
  plan: TablePlan,
  tableIndex: number,
): Promise<LiveGame> {
  const game = await recordWithFreeCode(
    deps.games,
    deps.ids.joinCode,
    (code) =>
      new LiveGame(
        {
          id: deps.ids.gameId(),
          code,
          settings: classroom.tableSettings(),
          seed: classroom.seed,
          classroomId: classroom.id,
        },
        deps.game,
      ),
  );
  keepWhileInUse(classroom, game);
  try {
    await game.enqueue(async () => {
      game.lobby.addPerson({
        name: 'Facilitator',
        role: null,
        isHost: true,
        tokenDigest: classroom.facilitatorTokenDigest,
      });
      for (const role of ROLE_IDS)
        for (const memberId of plan.seats[role]) {
          const member = classroom.members.get(memberId);
          if (member)
            game.lobby.addPerson({ name: member.name, role, isHost: false, tokenDigest: member.tokenDigest });
        }
      const mix = classroom.settings.botPersonalities ?? PERSONALITIES;
      for (const role of botSeatsOf(plan))
        game.lobby.setBot(role, botForTableSeat(mix, classroom.settings.botLevel, tableIndex, role));
      await game.saveLobby();
      game.publishRoster();
    });
  } catch (error) {
    deps.games.remove(game.id);
    await deps.game.store.delete(game.id);
    throw error;
  }
  for (const role of ROLE_IDS)
    for (const memberId of plan.seats[role]) {
      const member = classroom.members.get(memberId);
      if (member) member.seat = { tableId: game.id, role };
    }
  return game;
}

/**
 * A table is kept while its session is in use, even with nobody at it: formed tables wait for the start
 * while the facilitator explains, and the sweep would otherwise let an empty lobby go after 5 minutes.
 */
export function keepWhileInUse(classroom: Classroom, game: LiveGame): void {
  game.neededElsewhere = () =>
    !classroom.ended &&
    ([...classroom.members.values()].some((member) => member.sockets.size > 0) ||
      classroom.watchers.size > 0);
}

/** The facilitator's host seat at one of the session's tables. */
export function facilitatorAt(game: LiveGame) {
  return game.lobby.everyone().find((person) => person.isHost);
}

/** The session's tables that are live on this server, in table order. */
export function liveTables(deps: ClassroomDeps, classroom: Classroom): LiveGame[] {
  return classroom.tables.flatMap((tableId) => deps.games.get(tableId) ?? []);
}

/**
 * Seats `member` at `choice`: taken from a bot at a table not started yet, or added to the seat's team.
 * The new seat is stored first; only then does the member leave any table they were at.
 */
export async function placeMember(
  deps: ClassroomDeps,
  classroom: Classroom,
  member: ClassMember,
  choice: SeatChoice,
): Promise<Ack<null>> {
  const game = classroom.tables.includes(choice.tableId) ? deps.games.get(choice.tableId) : undefined;
  if (!game) return refuse('NOT_FOUND', 'That table is not part of this class session.');
  if (member.seat?.tableId === choice.tableId && member.seat.role === choice.role) return accept(null);
  const previous = member.seat ? deps.games.get(member.seat.tableId) : undefined;
  // Found before the new seat is added: at the same table both places hold the member's digest.
  const before = previous?.lobby.personWithDigest(member.tokenDigest);
  const seated = await seatAt(game, member, choice);
  if (seated) return seated;
  if (previous && before) await removePerson(previous, before.id);
  member.seat = { tableId: choice.tableId, role: choice.role };
  return accept(null);
}

function seatAt(game: LiveGame, member: ClassMember, choice: SeatChoice): Promise<Refusal | null> {
  return game.enqueue(async () => {
    if (game.engine.state.phase === 'ended') return refuse('GAME_ENDED', 'That table has ended.');
    const bot = game.lobby.botAt(choice.role);
    if (bot) {
      // A person beats a bot, but only before the start: after it, the bot's seat is fixed in the game.
      const freed = game.lobby.setBot(choice.role, null);
      if (freed) return freed;
    }
    const full = game.lobby.teamRefusal(choice.role);
    if (full) {
      if (bot) game.lobby.setBot(choice.role, bot);
      return full;
    }
    const person = game.lobby.addPerson({
      name: member.name,
      role: choice.role,
      isHost: false,
      tokenDigest: member.tokenDigest,
    });
    await saveOrUndo(game, () => {
      game.lobby.removePerson(person.id);
      if (bot) game.lobby.setBot(choice.role, bot);
    });
    game.publishRoster();
    return null;
  });
}

/** The member's sockets learn their seat, and resume that table with the token they already hold. */
export function announceSeat(deps: ClassroomDeps, classroom: Classroom, member: ClassMember): void {
  const seat = classroom.seatOf(member);
  if (!seat || member.sockets.size === 0) return;
  const message: ClassroomSeatedMessage = { classroomId: classroom.id, ...seat };
  deps.game.io.to([...member.sockets]).emit('classroom:seated', message);
}

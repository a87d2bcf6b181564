import type { Actor } from '../shared/game/events.ts';
import { captainRefusal } from '../shared/game/team.ts';
import {
  draftValueRefusal,
  emptyTeamDraft,
  type TeamDraft,
  withTeamChange,
} from '../shared/game/team-draft.ts';
import { type Ack, accept, type Refusal, refuse } from '../shared/protocol/errors.ts';
import type { Roster } from '../shared/protocol/socket.ts';
import type { TeamEdit, TeamEditResult } from '../shared/protocol/team.ts';
import type { RoleId } from '../shared/roles.ts';
import { viewRoom } from './broadcast.ts';
import type { SeatSocket } from './io-types.ts';
import type { LiveGame } from './live-game.ts';
import type { Lobby, Person } from './lobby.ts';
import { saveOrUndo } from './seating.ts';

/**
 * Teams: several people at one seat (shared/game/team.ts has the rules). Their shared move sheet is kept
 * here, in memory, one draft per seat for the current round: work in progress that a member's refresh
 * gets back whole (it is sent on every attach) but a server restart forgets, since the handed-in sheet,
 * not the draft, is the seat's move. The captain rule is checked before a deal command reaches the engine.
 */
export class TeamDrafts {
  private readonly drafts = new Map<RoleId, TeamDraft>();

  /** The seat's draft for `round`; a draft of an earlier round is over and is dropped. */
  of(role: RoleId, round: number): TeamDraft | null {
    const draft = this.drafts.get(role);
    if (draft && draft.round !== round) this.drafts.delete(role);
    return draft?.round === round ? draft : null;
  }

  keep(draft: TeamDraft): void {
    this.drafts.set(draft.role, draft);
  }
}

/**
 * The actor a person's seat command is sent as, or NOT_CAPTAIN for a deal command from a member who is not
 * the one signing for the seat now. The person is named on every command, so the log (and the facilitator's
 * export) says who in a team did what; the game itself shows it only in the team's chat, whose messages say
 * who wrote them: every other command plays as the seat's, whoever in the team sent it.
 */
export function teamSeatActor(
  lobby: Lobby,
  person: Person,
  role: RoleId,
  type: string | undefined,
): Actor | Refusal {
  const error = captainRefusal(type, person.id, lobby.teamAt(role), lobby.namedCaptainAt(role));
  if (error) return refuse(error.code, error.message);
  return { kind: 'seat', role, person: { id: person.id, name: person.name } };
}

/**
 * `team:edit`: one change to the seat's shared sheet, sent whole to the seat's sockets (and no others).
 * Read as a command is, after the phases whose deadline had passed (`LiveGame.input`): an edit read
 * just after a round's deadline is judged in the round that follows.
 */
export function editTeamSheet(game: LiveGame, person: Person, edit: TeamEdit): Promise<Ack<TeamEditResult>> {
  return game.input((at) => {
    const role = person.role;
    if (!role) return refuse('FORBIDDEN', 'Only a person with a seat works on its move sheet.');
    const { phase, round } = game.engine.state;
    if (phase === 'lobby' || phase === 'ended')
      return refuse('WRONG_PHASE', 'Move sheets are written between the start and the end of the game.');
    if (edit.round !== round)
      return refuse('STALE_VERSION', `That change was made for round ${edit.round}; this is round ${round}.`);
    const why = draftValueRefusal(role, edit.field, edit.value);
    if (why) return refuse('INVALID_COMMAND', why);
    const draft = withTeamChange(
      game.teamDrafts.of(role, round) ?? emptyTeamDraft(role, round),
      edit,
      person,
      at,
    );
    game.teamDrafts.keep(draft);
    game.io.to(viewRoom(game.id, role)).emit('team:draft', { gameId: game.id, draft });
    return accept({ seq: draft.seq });
  });
}

/** A socket that (re)joins a seat gets the team's draft of this round, if the team has begun one. */
export function sendTeamDraftTo(game: LiveGame, person: Person, socket: SeatSocket): void {
  const draft = person.role ? game.teamDrafts.of(person.role, game.engine.state.round) : null;
  if (draft) socket.emit('team:draft', { gameId: game.id, draft });
}

/**
 * `team:captain`: the captain who signs now, or the game's host, names another member of the same seat
 * as its captain. Kept with the lobby, so it outlasts a restart; everyone hears of it in the roster.
 */
export function nameCaptain(game: LiveGame, person: Person, personId: string): Promise<Ack<Roster>> {
  return game.enqueue(async () => {
    const named = game.lobby.person(personId);
    const role = named?.role;
    if (!named || !role) return refuse('NOT_FOUND', `Nobody with id "${personId}" holds a seat here.`);
    const signer = game.roster.seats.find((seat) => seat.role === role)?.signerId;
    if (!person.isHost && (person.role !== role || signer !== person.id))
      return refuse('NOT_CAPTAIN', "Only the team's captain (or the host) names the captain.");
    const previous = game.lobby.namedCaptainAt(role);
    game.lobby.nameCaptain(role, personId);
    await saveOrUndo(game, () => game.lobby.nameCaptain(role, previous));
    game.publishRoster();
    return accept(game.roster);
  });
}

import type { BotProfile } from '../shared/bots/types.ts';
import { MAX_PEOPLE_PER_SEAT } from '../shared/game/limits.ts';
import { actingCaptainOf, namedCaptainOf, type TeamMember } from '../shared/game/team.ts';
import { type Refusal, refuse } from '../shared/protocol/errors.ts';
import type { Roster, SeatRoster } from '../shared/protocol/socket.ts';
import { type PerRole, perRole, ROLE_IDS, type RoleId, type SeatKind } from '../shared/roles.ts';
import type { StoredLobby } from './store/game-store.ts';
import { digestsMatch, tokenDigest, tokenMatches } from './tokens.ts';

/** One person in a game: a player at a seat (alone or in a team), the host, or both. */
export interface Person {
  id: string;
  name: string;
  role: RoleId | null;
  isHost: boolean;
  /** Only the digest: the token itself went to its owner once and is never kept or sent again. */
  tokenDigest: Buffer;
  /** Socket ids currently acting for this person (several tabs or devices are fine). */
  sockets: Set<string>;
  /** The forwarded request that seated the person (session.ts: `joinGame`), if one did. */
  joinRequest?: string;
}

export { MAX_PEOPLE_PER_SEAT };

/**
 * Who sits where. Before the start, seats are open, taken by people, or given to a bot by the host; at
 * the start the plan is fixed into the engine's config. A seat may hold several people (a team).
 */
export class Lobby {
  private readonly people = new Map<string, Person>();
  private readonly bots: PerRole<BotProfile | null> = perRole(() => null);
  /** Captains a team or the host named (`team:captain`); a seat not named here is led by its first person. */
  private readonly captains: Partial<Record<RoleId, string>> = {};
  private nextPersonId = 1;
  started = false;

  /**
   * A class session's member or facilitator comes with the digest of the token they already hold (the
   * session keeps only digests); anyone else with the token they have just been given.
   */
  addPerson(
    input: { name: string; role: RoleId | null; isHost: boolean; joinRequest?: string } & (
      | { token: string }
      | { tokenDigest: Buffer }
    ),
  ): Person {
    const person: Person = {
      id: `person${this.nextPersonId++}`,
      name: input.name,
      role: input.role,
      isHost: input.isHost,
      tokenDigest: 'token' in input ? tokenDigest(input.token) : input.tokenDigest,
      sockets: new Set(),
      ...(input.joinRequest ? { joinRequest: input.joinRequest } : {}),
    };
    this.people.set(person.id, person);
    return person;
  }

  /** Brings back a stored lobby: the same people (by their token digests) and bot seats, nobody connected. */
  static fromStored(stored: StoredLobby): Lobby {
    const lobby = new Lobby();
    for (const person of stored.people) {
      lobby.people.set(person.id, {
        id: person.id,
        name: person.name,
        role: person.role,
        isHost: person.isHost,
        tokenDigest: Buffer.from(person.tokenDigest, 'hex'),
        sockets: new Set(),
        ...(person.joinRequest ? { joinRequest: person.joinRequest } : {}),
      });
    }
    for (const role of ROLE_IDS) lobby.bots[role] = stored.bots[role];
    Object.assign(lobby.captains, stored.captains ?? {});
    lobby.started = stored.started;
    lobby.nextPersonId = stored.nextPersonId;
    return lobby;
  }

  /** What the store keeps: token digests only, no sockets. `fixed` is the lobby as the start would fix it. */
  toStored(fixed?: PerRole<{ bot: BotProfile | null }>): StoredLobby {
    return {
      people: [...this.people.values()].map((person) => ({
        id: person.id,
        name: person.name,
        role: person.role,
        isHost: person.isHost,
        tokenDigest: person.tokenDigest.toString('hex'),
        ...(person.joinRequest ? { joinRequest: person.joinRequest } : {}),
      })),
      bots: perRole((role) => (fixed ? fixed[role].bot : this.bots[role])),
      captains: { ...this.captains },
      started: fixed ? true : this.started,
      nextPersonId: this.nextPersonId,
    };
  }

  /** Takes back a newcomer whose seat could not be stored, or someone the host removed. */
  removePerson(id: string): void {
    this.people.delete(id);
  }

  /** Puts back a person taken out, when the store refused the removal. */
  restorePerson(person: Person): void {
    this.people.set(person.id, person);
  }

  person(id: string | undefined): Person | undefined {
    return id === undefined ? undefined : this.people.get(id);
  }

  /** Checks every person, so the time taken does not depend on which one (if any) matches. */
  /** The person a forwarded join seated, by the request's id (session.ts: `joinGame`). */
  personJoinedBy(requestId: string): Person | undefined {
    for (const person of this.people.values()) if (person.joinRequest === requestId) return person;
    return undefined;
  }

  personWithToken(token: string): Person | undefined {
    let found: Person | undefined;
    for (const person of this.people.values()) {
      if (tokenMatches(person.tokenDigest, token)) found = person;
    }
    return found;
  }

  /** The person holding the token with this digest (a class member moved by the facilitator). */
  personWithDigest(digest: Buffer): Person | undefined {
    let found: Person | undefined;
    for (const person of this.people.values()) if (digestsMatch(person.tokenDigest, digest)) found = person;
    return found;
  }

  /** Someone (a host) who holds no seat and so reads the public view. */
  hasSeatlessPerson(): boolean {
    for (const person of this.people.values()) if (person.role === null) return true;
    return false;
  }

  everyone(): Person[] {
    return [...this.people.values()];
  }

  peopleAt(role: RoleId): Person[] {
    // Asked for every seat after every change of the game (who gets an update, whose seat idles): no copies.
    const people: Person[] = [];
    for (const person of this.people.values()) if (person.role === role) people.push(person);
    return people;
  }

  /** The seat's people as the captain rule reads them: in the order they joined, connected or not. */
  teamAt(role: RoleId): TeamMember[] {
    return this.peopleAt(role).map((person) => ({ id: person.id, connected: person.sockets.size > 0 }));
  }

  /** The captain someone named for the seat, if any (shared/game/team.ts says who leads otherwise). */
  namedCaptainAt(role: RoleId): string | null {
    return this.captains[role] ?? null;
  }

  nameCaptain(role: RoleId, personId: string | null): void {
    if (personId === null) delete this.captains[role];
    else this.captains[role] = personId;
  }

  botAt(role: RoleId): BotProfile | null {
    return this.bots[role];
  }

  seatKind(role: RoleId): SeatRoster['kind'] {
    if (this.bots[role]) return 'bot';
    return this.peopleAt(role).length > 0 ? 'human' : 'open';
  }

  /**
   * The seat a newcomer takes without anyone's consent: the open one asked for, else the first open seat.
   * A seat people already play is joined only by request (SEAT_OCCUPIED); with no open seat left and none
   * asked for, the table is full.
   */
  seatForNewcomer(wanted: RoleId | undefined): RoleId | Refusal {
    if (wanted) {
      if (this.bots[wanted]) return refuse('SEAT_TAKEN', `A bot plays ${wanted}.`);
      if (this.peopleAt(wanted).length > 0)
        return refuse('SEAT_OCCUPIED', `People already play ${wanted}; ask them to let you join.`);
      return wanted;
    }
    const open = ROLE_IDS.find((role) => this.seatKind(role) === 'open');
    return open ?? refuse('TABLE_FULL', 'Every seat is taken; ask to join the team at one of them.');
  }

  /** Whether one more person may join the team at `role` (by request, once someone accepts). */
  teamRefusal(role: RoleId): Refusal | null {
    if (this.bots[role]) return refuse('SEAT_TAKEN', `A bot plays ${role}.`);
    if (this.peopleAt(role).length >= MAX_PEOPLE_PER_SEAT)
      return refuse('SEAT_FULL', `${role} already has ${MAX_PEOPLE_PER_SEAT} people.`);
    return null;
  }

  /** Moving to another seat in the lobby: open seats only, since joining people needs their consent. */
  chooseRole(person: Person, role: RoleId): Refusal | null {
    if (this.started) return refuse('WRONG_PHASE', 'Seats are fixed once the game has started.');
    if (this.bots[role]) return refuse('SEAT_TAKEN', `A bot plays ${role}.`);
    if (this.peopleAt(role).some((other) => other !== person))
      return refuse('SEAT_OCCUPIED', `People already play ${role}; ask them to let you join.`);
    person.role = role;
    return null;
  }

  setBot(role: RoleId, profile: BotProfile | null): Refusal | null {
    if (this.started) return refuse('WRONG_PHASE', 'Seats are fixed once the game has started.');
    if (profile && this.peopleAt(role).length > 0)
      return refuse('SEAT_TAKEN', `Someone already plays ${role}.`);
    this.bots[role] = profile;
    return null;
  }

  /**
   * The seats the engine will play with. Open seats get a bot when `fillWith` is given; otherwise they
   * stay human seats nobody holds yet, which a latecomer can still join.
   */
  planSeats(
    fillWith: ((role: RoleId) => BotProfile) | null,
  ): PerRole<{ kind: SeatKind; bot: BotProfile | null }> {
    return perRole((role) => {
      const bot = this.bots[role] ?? (fillWith && this.seatKind(role) === 'open' ? fillWith(role) : null);
      return bot ? { kind: 'bot', bot } : { kind: 'human', bot: null };
    });
  }

  fixSeats(plan: PerRole<{ bot: BotProfile | null }>): void {
    for (const role of ROLE_IDS) this.bots[role] = plan[role].bot;
    this.started = true;
  }

  connect(person: Person, socketId: string): void {
    person.sockets.add(socketId);
  }

  /** Returns the person the socket acted for, if any. */
  disconnect(socketId: string): Person | undefined {
    for (const person of this.people.values()) {
      if (person.sockets.delete(socketId)) return person;
    }
    return undefined;
  }

  connectedSockets(): number {
    let count = 0;
    for (const person of this.people.values()) count += person.sockets.size;
    return count;
  }

  roster(gameId: string, code: string | null): Roster {
    return {
      gameId,
      code,
      seats: ROLE_IDS.map((role) => {
        const people = this.peopleAt(role);
        const kind = this.seatKind(role);
        return {
          role,
          kind,
          people: people.map((person) => ({
            id: person.id,
            name: person.name,
            connected: person.sockets.size > 0,
            isHost: person.isHost,
          })),
          connected: kind === 'bot' || people.some((person) => person.sockets.size > 0),
          bot: this.bots[role],
          captainId: namedCaptainOf(this.teamAt(role), this.namedCaptainAt(role)),
          signerId: actingCaptainOf(this.teamAt(role), this.namedCaptainAt(role)),
        };
      }),
    };
  }
}

import { describe, expect, it } from 'vitest';
import { Lobby } from '../../server/lobby.ts';
import { tokenDigest, tokenMatches } from '../../server/tokens.ts';

const TOKEN = (n: number) => String(n).padStart(32, 'x');
const hawk = { personality: 'hawk', level: 'easy' } as const;

describe('the lobby', () => {
  it('seats newcomers in the open seat they ask for, else the first open one, and says when the table is full', () => {
    const lobby = new Lobby();
    lobby.addPerson({ name: 'Host', role: null, isHost: true, token: TOKEN(0) });
    const seated = [1, 2, 3, 4].map((n) => {
      const role = lobby.seatForNewcomer(n === 2 ? 'usBusiness' : undefined);
      if (typeof role !== 'string') throw new Error(role.error.message);
      lobby.addPerson({ name: `P${n}`, role, isHost: false, token: TOKEN(n) });
      return role;
    });
    expect(seated).toEqual(['tokyo', 'usBusiness', 'whiteHouse', 'investors']);
    expect(lobby.roster('g', 'ABCDEF').seats.map((seat) => seat.people.map((person) => person.name))).toEqual(
      [['P1'], ['P3'], ['P4'], ['P2']],
    );
    // Nothing open: no silent seat at Tokyo's table, and joining people is a request.
    expect(lobby.seatForNewcomer(undefined)).toMatchObject({ error: { code: 'TABLE_FULL' } });
    expect(lobby.seatForNewcomer('tokyo')).toMatchObject({ error: { code: 'SEAT_OCCUPIED' } });
  });

  it('keeps bots and people apart: no bot on a taken seat, nobody joins a bot seat', () => {
    const lobby = new Lobby();
    const ana = lobby.addPerson({ name: 'Ana', role: 'tokyo', isHost: true, token: TOKEN(1) });
    expect(lobby.setBot('tokyo', hawk)).toMatchObject({ error: { code: 'SEAT_TAKEN' } });
    expect(lobby.setBot('whiteHouse', hawk)).toBeNull();
    expect(lobby.seatForNewcomer('whiteHouse')).toMatchObject({ error: { code: 'SEAT_TAKEN' } });
    expect(lobby.chooseRole(ana, 'whiteHouse')).toMatchObject({ error: { code: 'SEAT_TAKEN' } });
    expect(lobby.chooseRole(ana, 'investors')).toBeNull();
    expect(lobby.roster('g', 'c').seats.map((seat) => seat.kind)).toEqual(['open', 'bot', 'human', 'open']);
  });

  it('fixes the seats at the start: open ones become bots when asked, else stay open for latecomers', () => {
    const lobby = new Lobby();
    lobby.addPerson({ name: 'Ana', role: 'tokyo', isHost: true, token: TOKEN(1) });
    lobby.setBot('investors', hawk);
    const dove = { personality: 'dove', level: 'hard' } as const;
    const filled = lobby.planSeats(() => dove);
    expect(filled).toEqual({
      tokyo: { kind: 'human', bot: null },
      whiteHouse: { kind: 'bot', bot: dove },
      investors: { kind: 'bot', bot: hawk },
      usBusiness: { kind: 'bot', bot: dove },
    });
    const unfilled = lobby.planSeats(null);
    expect(unfilled.whiteHouse).toEqual({ kind: 'human', bot: null });
    lobby.fixSeats(unfilled);
    expect(lobby.setBot('whiteHouse', hawk)).toMatchObject({ error: { code: 'WRONG_PHASE' } });
    expect(lobby.seatForNewcomer(undefined)).toBe('whiteHouse');
  });

  it('finds a person by token, and tracks who is connected', () => {
    const lobby = new Lobby();
    const ana = lobby.addPerson({ name: 'Ana', role: 'tokyo', isHost: true, token: TOKEN(1) });
    expect(lobby.personWithToken(TOKEN(1))).toBe(ana);
    expect(lobby.personWithToken(TOKEN(2))).toBeUndefined();
    expect(JSON.stringify(ana)).not.toContain(TOKEN(1));
    lobby.connect(ana, 's1');
    lobby.connect(ana, 's2');
    expect(lobby.roster('g', 'c').seats[0]!.connected).toBe(true);
    expect(lobby.disconnect('s1')).toBe(ana);
    expect(lobby.roster('g', 'c').seats[0]!.connected).toBe(true);
    lobby.disconnect('s2');
    expect(lobby.roster('g', 'c').seats[0]!.connected).toBe(false);
    expect(lobby.connectedSockets()).toBe(0);
  });

  it('compares tokens by digest', () => {
    expect(tokenMatches(tokenDigest(TOKEN(7)), TOKEN(7))).toBe(true);
    expect(tokenMatches(tokenDigest(TOKEN(7)), TOKEN(8))).toBe(false);
    expect(tokenMatches(tokenDigest(TOKEN(7)), '')).toBe(false);
  });
});

describe('the lobby in the store', () => {
  it('comes back with the same people, seats, bots and token digests, and nobody connected', () => {
    const lobby = new Lobby();
    const ana = lobby.addPerson({ name: 'Ana', role: 'tokyo', isHost: true, token: TOKEN(1) });
    lobby.addPerson({ name: 'Ben', role: 'whiteHouse', isHost: false, token: TOKEN(2) });
    lobby.setBot('investors', hawk);
    lobby.connect(ana, 'socket-1');
    const stored = lobby.toStored();
    expect(JSON.stringify(stored)).not.toContain(TOKEN(1));
    expect(stored.people[0]!.tokenDigest).toBe(tokenDigest(TOKEN(1)).toString('hex'));

    const back = Lobby.fromStored(JSON.parse(JSON.stringify(stored)));
    expect(back.personWithToken(TOKEN(1))?.name).toBe('Ana');
    expect(back.personWithToken(TOKEN(2))?.role).toBe('whiteHouse');
    expect(back.personWithToken(TOKEN(3))).toBeUndefined();
    expect(back.connectedSockets()).toBe(0);
    expect(back.roster('g', 'ABCDEF').seats.map((seat) => seat.kind)).toEqual([
      'human',
      'human',
      'bot',
      'open',
    ]);
    // A newcomer after the restore gets a new person id, never one already given.
    expect(back.addPerson({ name: 'Cai', role: 'usBusiness', isHost: false, token: TOKEN(3) }).id).toBe(
      'person3',
    );
    expect(back.toStored().people).toHaveLength(3);
  });

  it('stores the seats the start fixes, before the start changes anything here', () => {
    const lobby = new Lobby();
    lobby.addPerson({ name: 'Ana', role: 'tokyo', isHost: true, token: TOKEN(1) });
    const plan = lobby.planSeats(() => hawk);
    const fixed = lobby.toStored(plan);
    expect(fixed.started).toBe(true);
    expect(fixed.bots).toEqual({ tokyo: null, whiteHouse: hawk, investors: hawk, usBusiness: hawk });
    expect(lobby.started).toBe(false);
    expect(lobby.botAt('whiteHouse')).toBeNull();
  });
});

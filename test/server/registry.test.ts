import { describe, expect, it } from 'vitest';
import { cryptoIds } from '../../server/ids.ts';
import { GameRegistry, type RegisteredGame } from '../../server/registry.ts';
import { JOIN_CODE_ALPHABET, JoinCodeSchema, TokenSchema } from '../../shared/protocol/socket.ts';

function fakeGame(id: string, code: string, idleSince: number | null = null) {
  const game = { id, code, idleSince, disposed: false, dispose: () => (game.disposed = true) };
  return game satisfies RegisteredGame;
}

describe('the game registry', () => {
  it('finds live games by id and by join code, and forgets removed ones', () => {
    const registry = new GameRegistry<ReturnType<typeof fakeGame>>();
    const game = fakeGame('g1', 'ABC234');
    registry.add(game);
    expect(registry.get('g1')).toBe(game);
    expect(registry.withCode('ABC234')).toBe(game);
    expect(registry.size).toBe(1);
    expect(() => registry.add(fakeGame('g2', 'ABC234'))).toThrow();
    registry.remove('g1');
    expect(registry.get('g1')).toBeUndefined();
    expect(registry.withCode('ABC234')).toBeUndefined();
    expect(game.disposed).toBe(true);
  });

  it('draws join codes until one is free among live games', () => {
    const registry = new GameRegistry<ReturnType<typeof fakeGame>>();
    registry.add(fakeGame('g1', 'AAAAAA'));
    const draws = ['AAAAAA', 'AAAAAA', 'BBBBBB'];
    expect(registry.freeJoinCode(() => draws.shift()!)).toBe('BBBBBB');
    expect(() => registry.freeJoinCode(() => 'AAAAAA')).toThrow(/free join code/);
  });

  it('keeps an idle game that is needed elsewhere (a class session’s table), and lets it go once it is not', () => {
    const registry = new GameRegistry<RegisteredGame>();
    let inUse = true;
    registry.add({ ...fakeGame('table', 'AAAAAA', 0), inLobby: true, neededElsewhere: () => inUse });
    expect(registry.sweep(600_000, { idleMs: 30_000, emptyLobbyMs: 30_000 })).toBe(0);
    inUse = false;
    expect(registry.sweep(600_000, { idleMs: 30_000, emptyLobbyMs: 30_000 })).toBe(1);
  });

  it('lets go of games nobody has been connected to for long', () => {
    const registry = new GameRegistry<ReturnType<typeof fakeGame>>();
    registry.add(fakeGame('busy', 'AAAAAA', null));
    registry.add(fakeGame('idle', 'BBBBBB', 0));
    registry.add(fakeGame('recent', 'CCCCCC', 50_000));
    expect(registry.sweep(60_000, { idleMs: 30_000, emptyLobbyMs: 30_000 })).toBe(1);
    expect([...registry.games()].map((game) => game.id)).toEqual(['busy', 'recent']);
  });
});

describe('ids', () => {
  it('makes join codes from the no-look-alike alphabet and tokens of at least 128 bits', () => {
    const codes = new Set(Array.from({ length: 200 }, () => cryptoIds.joinCode()));
    for (const code of codes) {
      expect(JoinCodeSchema.parse(code)).toBe(code);
      expect([...code].every((char) => JOIN_CODE_ALPHABET.includes(char))).toBe(true);
    }
    expect(codes.size).toBeGreaterThan(190);
    const token = cryptoIds.token();
    expect(TokenSchema.parse(token)).toBe(token);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(cryptoIds.token()).not.toBe(token);
    expect(cryptoIds.gameId()).not.toBe(cryptoIds.gameId());
  });
});

describe('the registry with a store behind it', () => {
  it('adds a game brought back whose code another game took by id only, and forgets only its own code', () => {
    const registry = new GameRegistry<ReturnType<typeof fakeGame>>();
    const live = fakeGame('live', 'ABC234');
    const back = fakeGame('back', 'ABC234');
    registry.add(live);
    registry.add(back, { byCode: false });
    expect(registry.get('back')).toBe(back);
    expect(registry.withCode('ABC234')).toBe(live);
    registry.remove('back');
    expect(registry.withCode('ABC234')).toBe(live);
  });

  it('brings a game back once however many ask for it at the same time', async () => {
    const registry = new GameRegistry<ReturnType<typeof fakeGame>>();
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((done) => setTimeout(done, 5));
      const game = fakeGame('g1', 'ABC234');
      registry.add(game);
      return game;
    };
    const [first, second] = await Promise.all([registry.load('g1', make), registry.load('g1', make)]);
    expect(made).toBe(1);
    expect(first).toBe(second);
    expect(await registry.load('g1', make)).toBe(first);
    expect(await registry.load('nothing', async () => null)).toBeNull();
  });

  it('shelves a game it lets go for idleness, but not one let go at shutdown', () => {
    const registry = new GameRegistry<ReturnType<typeof fakeGame> & { shelved: number }>();
    const idle = { ...fakeGame('idle', 'AAAAAA', 0), shelved: 0, shelve: () => idle.shelved++ };
    const busy = { ...fakeGame('busy', 'BBBBBB', null), shelved: 0, shelve: () => busy.shelved++ };
    registry.add(idle);
    registry.add(busy);
    registry.sweep(60_000, { idleMs: 30_000, emptyLobbyMs: 30_000 });
    registry.dispose();
    expect([idle.shelved, busy.shelved]).toEqual([1, 0]);
  });
});

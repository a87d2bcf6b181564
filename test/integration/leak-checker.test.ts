import { describe, expect, it } from 'vitest';
import { type KnownSecrets, leaksIn, secretsLeaked, segmentsOf } from './leaks.ts';

/** The leak checks in the other tests are only as good as the checker: it must catch each kind of leak. */
describe('the leak checker', () => {
  const at = 0;
  it('flags every kind of secret reaching the wrong seat', () => {
    const received = [
      {
        event: 'game:update',
        at,
        payload: { view: { you: { role: 'tokyo', brief: { confidentialObjectives: [] } } } },
      },
      {
        event: 'game:update',
        at,
        payload: { view: { channels: [{ id: 'tokyo+whiteHouse', members: ['tokyo', 'whiteHouse'] }] } },
      },
      {
        event: 'game:update',
        at,
        payload: { view: { proposals: [{ id: 'p1', signatories: ['tokyo', 'whiteHouse'] }] } },
      },
      { event: 'game:update', at, payload: { holdings: { actualBn: 1000 } } },
      { event: 'game:snapshot', at, payload: { view: { market: { tokyoHoldingsBn: 1131, internals: {} } } } },
      { event: 'lobby:roster', at, payload: { note: 'secret-token-of-ben-0123456789abcdef' } },
      { event: 'game:update', at, payload: { view: { seats: { tokyo: { confidentialObjectives: [] } } } } },
    ];
    const found = leaksIn(received, 'investors', ['secret-token-of-ben-0123456789abcdef']);
    expect(found).toHaveLength(8);
    expect(found.join('\n')).toMatch(/another seat's view/);
    expect(found.join('\n')).toMatch(/channel tokyo\+whiteHouse/);
    expect(found.join('\n')).toMatch(/proposal p1/);
    expect(found.join('\n')).toMatch(/Tokyo's holdings/);
    expect(found.join('\n')).toMatch(/never sent/);
    expect(found.join('\n')).toMatch(/token/);
  });

  it('lets an ended game show every proposal, and only an ended one', () => {
    const proposals = [{ id: 'p1', signatories: ['tokyo', 'whiteHouse'] }];
    const view = (phase: string) => [{ event: 'game:update', at, payload: { view: { phase, proposals } } }];
    expect(leaksIn(view('ended'), 'investors', [])).toEqual([]);
    expect(leaksIn(view('decide'), 'investors', [])).toHaveLength(1);
  });

  it('looks into the changes an update carries for its history, by its view’s phase', () => {
    const proposals = { from: 0, items: [{ id: 'p1', signatories: ['tokyo', 'whiteHouse'] }] };
    const channels = [{ id: 'tokyo+whiteHouse', members: ['tokyo', 'whiteHouse'], from: 0, messages: [] }];
    const update = (phase: string) => [
      { event: 'game:update', at, payload: { view: { phase }, history: { proposals, channels } } },
    ];
    expect(leaksIn(update('decide'), 'investors', [])).toHaveLength(2);
    expect(leaksIn(update('ended'), 'investors', [])).toHaveLength(1);
    expect(leaksIn(update('decide'), 'tokyo', [])).toEqual([]);
  });

  it("reads an update's patch as the part of the view it writes, named by whose it is", () => {
    const view = (role: string) => ({
      gameId: 'g',
      phase: 'negotiate',
      marketPath: [],
      you: { role, book: {} },
      channels: [{ id: 'tokyo+whiteHouse', members: ['tokyo', 'whiteHouse'], messages: [] }],
      proposals: [{ id: 'p1', signatories: ['tokyo', 'whiteHouse'], status: 'open' }],
    });
    const snapshot = (role: string) => ({
      event: 'game:snapshot',
      at,
      payload: { seq: 1, view: view(role) },
    });
    const update = (patch: unknown[]) => ({
      event: 'game:update',
      at,
      payload: { gameId: 'g', seq: 2, prevSeq: 1, patch, newPoints: [] },
    });
    // Its own seat's figures, a message in its own channel and its own proposal signed: nothing to flag.
    const own = [
      snapshot('tokyo'),
      update([
        { op: 'set', path: ['you', 'book', 'netSalesBn'], value: [1] },
        { op: 'splice', path: ['channels', 0, 'messages'], from: 0, items: [{ text: 'hi' }] },
        { op: 'set', path: ['proposals', 0, 'status'], value: 'signed' },
      ]),
    ];
    expect(leaksIn(own, 'tokyo', [])).toEqual([]);
    // The same patch reaching a seat that holds none of them.
    const others = [snapshot('investors'), own[1]!];
    const found = leaksIn(others, 'investors', []).join('\n');
    expect(found).toMatch(/channel tokyo\+whiteHouse not its own/);
    expect(found).toMatch(/proposal p1 it is not party to/);
    // Another seat's whole seat set into the view, or Tokyo's holdings.
    const swapped = [
      snapshot('investors'),
      update([{ op: 'set', path: ['you'], value: { role: 'tokyo', holdings: { actualBn: 1 } } }]),
    ];
    expect(leaksIn(swapped, 'investors', []).join('\n')).toMatch(/another seat's view \(tokyo\)/);
    expect(leaksIn(swapped, 'investors', []).join('\n')).toMatch(/Tokyo's holdings/);
  });

  it('passes a seat its own secrets', () => {
    const received = [
      {
        event: 'game:update',
        at,
        payload: {
          view: { you: { role: 'tokyo', holdings: { actualBn: 1 }, brief: { confidentialObjectives: [] } } },
        },
      },
      {
        event: 'game:update',
        at,
        payload: { view: { channels: [{ id: 'tokyo+investors', members: ['tokyo', 'investors'] }] } },
      },
    ];
    expect(leaksIn(received, 'tokyo', ['x'.repeat(32)])).toEqual([]);
  });

  describe('by value, over a client that moved between games', () => {
    const mine = 'm'.repeat(32);
    const theirs = 't'.repeat(32);
    const secrets: KnownSecrets = {
      tokenOwners: new Map([
        [mine, 'me'],
        [theirs, 'them'],
      ]),
      objectives: {
        tokyo: ['Sell quietly.'],
        whiteHouse: ['Look "tough".'],
        investors: ['Beat the index.'],
        usBusiness: ['Keep margins.'],
      },
      privateNotes: [
        { gameId: 'g1', members: ['tokyo', 'whiteHouse'], text: 'pm-a-1' },
        { gameId: 'g2', members: ['investors', 'usBusiness'], text: 'pm-b-1' },
      ],
      bookKeys: new Set(['netSalesBn']),
    };
    const snapshot = (gameId: string, role: string) => ({
      event: 'game:snapshot',
      at,
      payload: { view: { gameId, you: { role, brief: { confidentialObjectives: [] } } } },
    });

    it("lets a client see its own token in its own answers, and its seat's secrets in its own game", () => {
      const received = [
        snapshot('g1', 'tokyo'),
        { event: 'ack:game:create', at, payload: { ok: true, data: { token: mine } } },
        {
          event: 'game:update',
          at,
          payload: {
            view: {
              channels: [{ id: 'c', members: ['tokyo', 'whiteHouse'], messages: [{ text: 'pm-a-1' }] }],
            },
          },
        },
        {
          event: 'game:update',
          at,
          payload: {
            view: {
              you: {
                role: 'tokyo',
                book: { netSalesBn: [0] },
                brief: { confidentialObjectives: [{ en: 'Sell quietly.' }] },
              },
            },
          },
        },
        snapshot('g2', 'investors'),
        { event: 'ack:game:join', at, payload: { ok: true, data: { token: mine } } },
        {
          event: 'game:update',
          at,
          payload: {
            view: {
              channels: [{ id: 'c', members: ['investors', 'usBusiness'], messages: [{ text: 'pm-b-1' }] }],
            },
          },
        },
      ];
      expect(segmentsOf(received).map((segment) => [segment.gameId, segment.held])).toEqual([
        [null, []],
        ['g1', ['tokyo']],
        ['g2', ['investors']],
      ]);
      expect(secretsLeaked('me', received, secrets)).toEqual([]);
    });

    it('flags tokens, objectives, private messages and book figures that are not its own', () => {
      const received = [
        snapshot('g1', 'tokyo'),
        { event: 'lobby:roster', at, payload: { note: mine } },
        { event: 'ack:game:join', at, payload: { ok: true, data: { token: theirs } } },
        { event: 'game:update', at, payload: { view: { news: [{ text: 'Look "tough".' }] } } },
        { event: 'game:update', at, payload: { view: { statements: [{ text: 'pm-b-1' }] } } },
        { event: 'game:update', at, payload: { market: { netSalesBn: [50] } } },
        snapshot('g2', 'investors'),
        // Its Tokyo secrets from the first game are not its own here.
        {
          event: 'game:update',
          at,
          payload: { view: { you: { role: 'tokyo' }, statements: [{ text: 'pm-a-1' }] } },
        },
      ];
      const found = secretsLeaked('me', received, secrets).join('\n');
      expect(found).toMatch(/lobby:roster: a token outside its answer/);
      expect(found).toMatch(/ack:game:join: another person's token/);
      expect(found).toMatch(/whiteHouse's confidential objectives/);
      expect(found).toMatch(/private message "pm-b-1"/);
      expect(found).toMatch(/private message "pm-a-1"/);
      expect(found).toMatch(/netSalesBn: a book figure/);
      expect(found).toMatch(/another seat's view \(tokyo\)/);
    });
  });
});

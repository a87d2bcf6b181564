import { describe, expect, it } from 'vitest';
import { playerViewFor } from '../../../shared/game/player-view.ts';
import { applyPatch, patchOf } from '../../../shared/protocol/patch.ts';
import { expectOk, seat, testGame, toNegotiate } from '../game/helpers.ts';

const say = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });

describe('a patch', () => {
  it('sets changed fields, removes gone keys, splices lists, and gives back exactly the value it was made for', () => {
    const before = {
      a: 1,
      b: { c: [1, 2, 3], d: 'x' },
      gone: true,
      nothing: null,
      list: [{ id: 'p1', s: 'open' }],
    };
    const after = {
      a: 2,
      b: { c: [1, 2, 3, 4], d: 'x' },
      nothing: 0,
      list: [{ id: 'p1', s: 'signed' }],
      added: [],
    };
    const patch = patchOf(before, after);
    expect(patch).toEqual([
      { op: 'set', path: ['a'], value: 2 },
      { op: 'splice', path: ['b', 'c'], from: 3, items: [4] },
      { op: 'set', path: ['nothing'], value: 0 },
      { op: 'set', path: ['list', 0, 's'], value: 'signed' },
      { op: 'set', path: ['added'], value: [] },
      { op: 'remove', path: ['gone'] },
    ]);
    expect(applyPatch(before, patch)).toEqual(after);
    // The value patched from is left as it was; untouched parts are shared, not copied.
    expect(before.a).toBe(1);
    const shared = { big: { deep: [1] }, n: 1 };
    expect(applyPatch(shared, patchOf(shared, { ...shared, n: 2 }))?.big).toBe(shared.big);
  });

  it('resends a list from the first entry that is another one (a filtered list that shows more)', () => {
    const before = { proposals: [{ id: 'p2' }, { id: 'p3' }] };
    const after = { proposals: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] };
    expect(patchOf(before, after)).toEqual([
      { op: 'splice', path: ['proposals'], from: 0, items: after.proposals },
    ]);
    expect(patchOf(after, { proposals: [] })).toEqual([
      { op: 'splice', path: ['proposals'], from: 0, items: [] },
    ]);
  });

  it('does not fit a value it was not made from: null, nothing half-applied', () => {
    const held = { list: [1], seat: { role: 'tokyo' } };
    expect(applyPatch(held, [{ op: 'splice', path: ['list'], from: 2, items: [3] }])).toBeNull();
    expect(applyPatch(held, [{ op: 'set', path: ['missing', 'x'], value: 1 }])).toBeNull();
    expect(applyPatch(held, [{ op: 'remove', path: ['seat', 'name'] }])).toBeNull();
    expect(applyPatch(held, [{ op: 'set', path: ['list', 5], value: 1 }])).toBeNull();
    expect(applyPatch(held, [{ op: 'set', path: ['__proto__'], value: { polluted: true } }])).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(held).toEqual({ list: [1], seat: { role: 'tokyo' } });
  });

  it('carries a new statement and private message, not the record before them', () => {
    const game = testGame();
    toNegotiate(game);
    for (let i = 0; i < 30; i++) expectOk(game.send(seat('tokyo'), say(`earlier ${i}`)));
    expectOk(game.send(seat('tokyo'), { type: 'chat:private', message: { to: ['whiteHouse'], text: 'hi' } }));
    const before = playerViewFor(game.engine.state, 'whiteHouse');
    expectOk(game.send(seat('investors'), say('A new note.')));
    expectOk(
      game.send(seat('tokyo'), { type: 'chat:private', message: { to: ['whiteHouse'], text: 'psst' } }),
    );
    const after = playerViewFor(game.engine.state, 'whiteHouse');
    const patch = patchOf(before, after);
    expect(patch).toContainEqual({
      op: 'splice',
      path: ['statements'],
      from: 30,
      items: [after.statements[30]],
    });
    expect(patch).toContainEqual({
      op: 'splice',
      path: ['channels', 0, 'messages'],
      from: 1,
      items: [after.channels[0]!.messages[1]],
    });
    const text = JSON.stringify(patch.filter((op) => op.path[0] !== 'marketPath'));
    expect(text).not.toContain('earlier 0');
    expect(text).not.toContain('"hi"');
    expect(applyPatch(before, patch)).toEqual(after);
  });

  it('changes one field of a proposal whose status changed, not the list', () => {
    const game = testGame();
    toNegotiate(game);
    const offer = {
      type: 'deal:propose',
      proposal: { terms: [{ kind: 'noNetSales', role: 'tokyo' }], durationRounds: 2 },
    };
    const first = expectOk(game.send(seat('whiteHouse'), offer)).proposalId as string;
    expectOk(game.send(seat('whiteHouse'), offer));
    const before = playerViewFor(game.engine.state, 'tokyo');
    expectOk(game.send(seat('tokyo'), { type: 'deal:reject', proposalId: first }));
    const after = playerViewFor(game.engine.state, 'tokyo');
    const ops = patchOf(before, after).filter((op) => op.path[0] === 'proposals');
    expect(ops).toContainEqual({ op: 'set', path: ['proposals', 0, 'status'], value: 'rejected' });
    expect(ops.every((op) => op.op !== 'splice')).toBe(true);
    expect(applyPatch(before, patchOf(before, after))?.proposals).toEqual(after.proposals);
  });
});

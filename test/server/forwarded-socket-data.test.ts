import { describe, expect, it } from 'vitest';
import { takeChanges } from '../../server/cluster/forward.ts';
import type { SocketData } from '../../server/io-types.ts';

/**
 * A socket's event forwarded to another node comes back with the socket's data as that node left it
 * (server/cluster/forward.ts). Only what that node changed is taken: the socket may have changed its data
 * here while the event was away, and that change must not be undone by a stale copy.
 */
describe('the socket data a forwarded event answers with', () => {
  it('takes the fields the other node set or cleared', () => {
    const data: SocketData = { node: 'a', requestGameId: 'g1' };
    const sent = { ...data };
    takeChanges(data, sent, { node: 'a', gameId: 'g1', personId: 'p2' });
    expect(data).toEqual({ node: 'a', gameId: 'g1', personId: 'p2' });
  });

  it('keeps what changed here while the event was away', () => {
    // A class join is forwarded; meanwhile this node resumed the socket's seat in a game.
    const data: SocketData = { node: 'a' };
    const sent = { ...data };
    data.gameId = 'g7';
    data.personId = 'p1';
    takeChanges(data, sent, { node: 'a', classroomId: 'c1', memberId: 'm3' });
    expect(data).toEqual({ node: 'a', gameId: 'g7', personId: 'p1', classroomId: 'c1', memberId: 'm3' });
  });

  it('takes the other node’s value for a field both changed: its answer arrives last', () => {
    const data: SocketData = { node: 'a', watchingClassroomId: 'c1' };
    const sent = { ...data };
    data.watchingClassroomId = 'c2';
    takeChanges(data, sent, { node: 'a', watchingClassroomId: 'c3' });
    expect(data.watchingClassroomId).toBe('c3');
  });
});

import { describe, expect, it } from 'vitest';
import { Classroom } from '../../server/classroom/classroom.ts';
import { ClassroomRegistry } from '../../server/classroom/registry.ts';
import { storedClassroom } from '../fixtures/stored-classroom.ts';

/**
 * A node's class sessions by id and by code (server/classroom/registry.ts). A session that ended stays
 * by id but gives its code up: with several nodes, another node may give the code to a new session, and
 * this node may take that session over (its node died) or be asked to join it by the code.
 */
const session = (id: string, code: string, ended = false): Classroom =>
  Classroom.fromStored(storedClassroom(id, code, ended));

describe('the class sessions of one node', () => {
  it('lets a live session take the code of one that ended, which stays by its id', () => {
    const registry = new ClassroomRegistry();
    const old = session('c1', 'ABCDE', true);
    registry.add(old);
    const live = session('c2', 'ABCDE');
    registry.add(live);
    expect(registry.withCode('ABCDE')).toBe(live);
    expect(registry.get('c1')).toBe(old);
    // Letting the ended one go leaves the live one's code alone.
    registry.remove('c1');
    expect(registry.withCode('ABCDE')).toBe(live);
  });

  it('refuses a second live session with the code of a live one, or a session it already holds', () => {
    const registry = new ClassroomRegistry();
    registry.add(session('c1', 'ABCDE'));
    expect(() => registry.add(session('c2', 'ABCDE'))).toThrow('is taken');
    expect(() => registry.add(session('c1', 'FGHIJ'))).toThrow('is taken');
  });

  it('answers a code with the session that ended when no live one holds it', () => {
    const registry = new ClassroomRegistry();
    const old = session('c1', 'ABCDE', true);
    registry.add(old);
    expect(registry.withCode('ABCDE')).toBe(old);
    // A new session drawn on this node never takes a code this node still holds.
    const draws = ['ABCDE', 'FGHIJ'];
    expect(registry.freeCode(() => draws.shift()!)).toBe('FGHIJ');
  });
});

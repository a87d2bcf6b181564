import type { Classroom } from './classroom.ts';

/** Codes are short, so a clash among live sessions is possible: draw again, a bounded number of times. */
const CODE_ATTEMPTS = 50;

/**
 * The class sessions of one server, by id and by code. Made per server (never a module-level map), like
 * the game registry.
 */
export class ClassroomRegistry {
  private readonly byId = new Map<string, Classroom>();
  private readonly byCode = new Map<string, Classroom>();

  get size(): number {
    return this.byId.size;
  }

  freeCode(draw: () => string): string {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const code = draw();
      if (!this.byCode.has(code)) return code;
    }
    throw new Error('Could not find a free class code');
  }

  /**
   * A session that ended stays here by id (its console and export) but gives its code up: with several
   * nodes another node may give the code to a new session, which this node may then take over.
   */
  add(classroom: Classroom): void {
    const holder = this.byCode.get(classroom.code);
    if (this.byId.has(classroom.id) || (holder && !holder.ended))
      throw new Error(`Class session ${classroom.id} or code ${classroom.code} is taken`);
    this.byId.set(classroom.id, classroom);
    this.byCode.set(classroom.code, classroom);
  }

  remove(classroomId: string): void {
    const classroom = this.byId.get(classroomId);
    if (!classroom) return;
    this.byId.delete(classroomId);
    if (this.byCode.get(classroom.code) === classroom) this.byCode.delete(classroom.code);
  }

  get(classroomId: string): Classroom | undefined {
    return this.byId.get(classroomId);
  }

  /** The session with the code: a live one if this node holds one, else one that ended, if any. */
  withCode(code: string): Classroom | undefined {
    return this.byCode.get(code);
  }

  all(): IterableIterator<Classroom> {
    return this.byId.values();
  }

  /**
   * The session `token` is the facilitator's token of, or null: how every facilitator request (socket or
   * HTTP, such as an export) is authorised. Unknown session and wrong token answer alike.
   */
  facilitatorOf(classroomId: string, token: string): Classroom | null {
    const classroom = this.byId.get(classroomId);
    return classroom?.isFacilitator(token) ? classroom : null;
  }

  /** The session `key` is the projector key of, or null (unknown session and wrong key answer alike). */
  projectorOf(classroomId: string, key: string): Classroom | null {
    const classroom = this.byId.get(classroomId);
    return classroom?.isProjector(key) ? classroom : null;
  }
}

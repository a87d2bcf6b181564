import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createLeverageServer, type LeverageServerHandle } from '../../server/app.ts';
import { Classroom } from '../../server/classroom/classroom.ts';
import { classJoinUrl } from '../../server/classroom/sessions.ts';
import { connectCluster } from '../../server/cluster/link.ts';
import { PostgresGameStore } from '../../server/store/postgres-store.ts';
import { tokenDigest } from '../../server/tokens.ts';
import type { ProjectorMessage } from '../../shared/classroom/projector.ts';
import {
  CreateClassroomSchema,
  type CreatedClassroom,
  type JoinedClassroom,
} from '../../shared/protocol/classroom.ts';
import { ScratchPostgres } from '../durability/postgres.ts';
import { ScratchRedis } from '../durability/redis.ts';
import { ok } from '../integration/classroom-helpers.ts';
import { quietLogger, TestPlayer } from '../integration/harness.ts';

/**
 * What follows a class session, or a socket, from one node to another (server/cluster/class-node.ts):
 * the join QR code at the node that takes a session over, a code given again after its session ended,
 * and how a socket counts at a session while it opens another one's console. The two nodes run in this
 * process (on one scratch Redis and PostgreSQL), so a test can read what each node counts.
 */

const PUBLIC_URL = 'https://class.example';

interface InProcessNode {
  server: LeverageServerHandle;
  store: PostgresGameStore;
  close(): Promise<void>;
}

let stops: (() => Promise<void>)[] = [];
let sockets: TestPlayer[] = [];

afterEach(async () => {
  for (const socket of sockets) socket.close();
  sockets = [];
  for (const stop of stops.reverse()) await stop();
  stops = [];
});

async function startNode(id: string, redis: ScratchRedis, databaseUrl: string): Promise<InProcessNode> {
  const store = new PostgresGameStore({ connectionString: databaseUrl, node: { id, leaseMs: 1000 } });
  await store.ready();
  const cluster = await connectCluster(redis.url(), store.leases!, store.classroomLeases!);
  const server = await createLeverageServer({
    port: 0,
    host: '127.0.0.1',
    logger: quietLogger,
    publicUrl: PUBLIC_URL,
    botDelayMs: 60_000,
    store,
    cluster,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
    await cluster.redis.close();
    await store.close();
  };
  stops.push(close);
  return { server, store, close };
}

/** Nodes A and B on a scratch Redis and PostgreSQL of their own, all stopped after the test. */
async function twoNodes() {
  const [redis, postgres] = await Promise.all([ScratchRedis.start(), ScratchPostgres.start()]);
  stops.push(async () => {
    await Promise.all([redis.stop(), postgres.stop()]);
  });
  const databaseUrl = await postgres.freshSchema();
  const a = await startNode('node-a', redis, databaseUrl);
  const b = await startNode('node-b', redis, databaseUrl);
  return { a, b, databaseUrl };
}

async function connect(node: InProcessNode, name: string): Promise<TestPlayer> {
  const socket = await TestPlayer.connect(node.server.url, name);
  sockets.push(socket);
  return socket;
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const since = Date.now();
  while (!check()) {
    if (Date.now() - since > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/** A facilitator connected to `node`, the session they create there, and what their requests name it by. */
async function sessionAt(node: InProcessNode, facilitator: string, title: string) {
  const teacher = await connect(node, facilitator);
  const created = ok(await teacher.ask<CreatedClassroom>('classroom:create', { title }));
  return { teacher, created, session: { classroomId: created.classroomId, token: created.token } };
}

const projectorMessages = (socket: TestPlayer) =>
  socket.received.flatMap((entry) =>
    entry.event === 'classroom:projector' ? [entry.payload as ProjectorMessage] : [],
  );

describe('a class session across nodes', () => {
  it('shows its join QR code again on the projectors the node that takes it over finds', {
    timeout: 60_000,
  }, async () => {
    const { a, b } = await twoNodes();
    const { teacher, created, session } = await sessionAt(a, 'Ms Sato', 'Econ 2B');
    const { projectorKey } = ok(
      await teacher.ask<{ projectorKey: string }>('classroom:projectorLink', session),
    );
    // The projector is opened on node B before anyone joins: it shows how to join (made at node A).
    const screen = await connect(b, 'Projector');
    const opened = ok(
      await screen.ask<ProjectorMessage>('classroom:project', {
        classroomId: created.classroomId,
        key: projectorKey,
      }),
    );
    expect(opened.join?.url).toBe(classJoinUrl(PUBLIC_URL, created.code));

    // Node A goes, letting its session go; node B takes it over with the projector still open.
    const seen = projectorMessages(screen).length;
    await a.close();
    await until(
      () => b.server.classrooms.get(created.classroomId) !== undefined,
      'node B to take the session over',
    );
    await until(() => projectorMessages(screen).length > seen, 'a projector message from node B');
    const latest = projectorMessages(screen).at(-1)!;
    expect(latest.join?.url).toBe(opened.join?.url);
    expect(latest.join?.qrSvg).toContain('<svg');
  });

  it('finds the live session for a code given again after the session that had it ended here', {
    timeout: 60_000,
  }, async () => {
    const { a, b, databaseUrl } = await twoNodes();
    const { teacher, created: econ } = await sessionAt(a, 'Ms Sato', 'Econ 2B');
    const ended = ok(
      await teacher.ask('classroom:command', {
        classroomId: econ.classroomId,
        token: econ.token,
        command: { type: 'tables:end', target: 'all' },
      }),
    );
    expect(ended).toBeDefined();
    expect(a.server.classrooms.withCode(econ.code)?.ended).toBe(true);

    // Another session gets the code (drawn again by a node, as codes are short), and node B runs it.
    const token = 'history-facilitator-token-0123456789';
    const history = new Classroom(
      {
        id: 'classroom-history',
        code: econ.code,
        settings: CreateClassroomSchema.parse({ title: 'History 3A' }),
        seed: 5,
        createdAt: Date.now(),
      },
      tokenDigest(token),
    );
    // Written behind the nodes' backs, with a lease that names node B (a node's own store would claim
    // the session for itself without running it).
    const store = new PostgresGameStore({ connectionString: databaseUrl });
    try {
      await store.saveClassroom(history.toStored());
    } finally {
      await store.close();
    }
    const database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
    await database.query(
      `INSERT INTO classroom_leases (classroom_id, node, fence, expires_at)
       VALUES ($1, 'node-b', 1, now() + interval '1 minute')`,
      [history.id],
    );
    await database.end();
    const historyTeacher = await connect(b, 'Mr Ito');
    ok(await historyTeacher.ask('classroom:watch', { classroomId: history.id, token }));
    expect(b.server.classrooms.get(history.id)).toBeDefined();

    // A student on node A joins with the code: the live session at node B, not the ended one at node A.
    const student = await connect(a, 'Student 1');
    const joined = ok(
      await student.ask<JoinedClassroom>('classroom:join', { code: econ.code, name: 'Student 1' }),
    );
    expect(joined.classroomId).toBe(history.id);
    expect([...b.server.classrooms.get(history.id)!.members.values()].map((member) => member.name)).toEqual([
      'Student 1',
    ]);
  });

  it('stops counting a socket as a session’s watcher once it opens another session’s console, while it still waits there', {
    timeout: 60_000,
  }, async () => {
    const { a, b } = await twoNodes();
    const { created: econ } = await sessionAt(a, 'Ms Sato', 'Econ 2B');
    const { created: history } = await sessionAt(b, 'Mr Ito', 'History 3A');

    // A socket on node B waits in node A's session and watches its console (a student teacher).
    const helper = await connect(b, 'Ms Abe');
    ok(await helper.ask('classroom:join', { code: econ.code, name: 'Ms Abe' }));
    ok(await helper.ask('classroom:watch', { classroomId: econ.classroomId, token: econ.token }));
    const atA = a.server.classrooms.get(econ.classroomId)!;
    const helperId = helper.socket.id!;
    expect(atA.watchers.has(helperId)).toBe(true);

    // It opens node B's session's console: node A stops counting it as a watcher, not as a member.
    ok(await helper.ask('classroom:watch', { classroomId: history.classroomId, token: history.token }));
    await until(() => !atA.watchers.has(helperId), 'node A to stop counting the helper as a watcher');
    const member = [...atA.members.values()].find((candidate) => candidate.name === 'Ms Abe')!;
    expect([...member.sockets]).toEqual([helperId]);
    expect(b.server.classrooms.get(history.classroomId)!.watchers.has(helperId)).toBe(true);
  });

  it('keeps nothing of a socket of another node that waited in a session here once it closes', {
    timeout: 60_000,
  }, async () => {
    const { a, b } = await twoNodes();
    const { created: econ } = await sessionAt(a, 'Ms Sato', 'Econ 2B');

    // A student on node B waits in node A's session: node A keeps the socket's node, to notice its death.
    const student = await connect(b, 'Kenji');
    ok(await student.ask('classroom:join', { code: econ.code, name: 'Kenji' }));
    const studentId = student.socket.id!;
    expect(a.server.remoteSockets!.has(studentId)).toBe(true);

    // The socket closes: node A stops counting it and lets its entry go, without waiting for node B to die.
    student.close();
    const atA = a.server.classrooms.get(econ.classroomId)!;
    await until(() => !a.server.remoteSockets!.has(studentId), 'node A to let the closed socket go');
    const member = [...atA.members.values()].find((candidate) => candidate.name === 'Kenji')!;
    expect(member.sockets.size).toBe(0);
  });

  it('lets a student on another node leave a session while waiting, from that node', {
    timeout: 60_000,
  }, async () => {
    const { a, b } = await twoNodes();
    const { created: econ } = await sessionAt(a, 'Ms Sato', 'Econ 2B');
    const student = await connect(b, 'Kenji');
    const joined = ok(
      await student.ask<JoinedClassroom>('classroom:join', { code: econ.code, name: 'Kenji' }),
    );
    const atA = a.server.classrooms.get(econ.classroomId)!;
    expect([...atA.members.values()].map((member) => member.name)).toEqual(['Kenji']);

    // Forwarded to node A, which runs the session: Kenji is no longer one of its people.
    ok(await student.ask('classroom:leave', { classroomId: econ.classroomId, token: joined.token }));
    expect([...atA.members.values()]).toEqual([]);
    // The token resumes nothing now, at either node.
    const again = await student.ask('classroom:resume', {
      classroomId: econ.classroomId,
      token: joined.token,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});

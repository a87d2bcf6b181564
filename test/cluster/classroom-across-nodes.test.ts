import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClassroomRequest } from '../../server/cluster/relay.ts';
import { actorKey } from '../../shared/game/events.ts';
import type {
  ClassroomCommandResult,
  ClassroomConsoleMessage,
  ClassroomSeatedMessage,
  CreatedClassroom,
  JoinedClassroom,
} from '../../shared/protocol/classroom.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { JoinedGame } from '../../shared/protocol/socket.ts';
import { commandKeys, replayStored } from '../durability/helpers.ts';
import { latestConsole, ok, seatedOf, untilConsole } from '../integration/classroom-helpers.ts';
import { SHEETS, TestPlayer } from '../integration/harness.ts';
import { ScratchCluster } from './scratch-cluster.ts';

/**
 * A class session on two nodes (server/cluster/class-node.ts): the facilitator on node A, which runs the
 * session and its tables; the students, and a second console of the facilitator's, on node B. Everything
 * a class does works from either node; then node A is killed with SIGKILL and node B takes the session
 * over with its tables within 5 s: the console still open on B goes on, the facilitator comes back
 * through B, the students play on, and no move anyone was told was accepted is missing from the store.
 * And when a node that holds people of a session (not the session) dies, the session's node counts them
 * away, though nobody tells it.
 */

const clusters: ScratchCluster[] = [];
const sockets: TestPlayer[] = [];

afterAll(async () => {
  for (const socket of sockets) socket.close();
  for (const cluster of clusters) await cluster.stop();
});

/** Two nodes on their own Redis and PostgreSQL, stopped after the file. */
async function twoNodes(env: Record<string, string> = {}): Promise<ScratchCluster> {
  const cluster = await ScratchCluster.start(['node-a', 'node-b'], env);
  clusters.push(cluster);
  return cluster;
}

let cluster: ScratchCluster;

async function connect(node: 'node-a' | 'node-b', name: string): Promise<TestPlayer> {
  const socket = await TestPlayer.connect(cluster.node(node).url, name);
  sockets.push(socket);
  return socket;
}

/** Writes to the cluster's database behind the nodes' backs. */
async function inDatabase<Row extends object = object>(text: string, values: unknown[]): Promise<Row[]> {
  const database = new pg.Client({ connectionString: cluster.databaseUrl });
  await database.connect();
  try {
    return (await database.query<Row>(text, values)).rows;
  } finally {
    await database.end();
  }
}

/** Whether the node logs `line` within `ms`. */
async function logged(node: { output: string[] }, line: string, ms = 10_000): Promise<boolean> {
  const since = Date.now();
  while (!node.output.some((output) => output.includes(line)) && Date.now() - since < ms)
    await new Promise((done) => setTimeout(done, 100));
  return node.output.some((output) => output.includes(line));
}

/** A facilitator connected to `node`, the session they create there, and what their requests name it by. */
async function sessionAt(node: 'node-a' | 'node-b', facilitator: string, settings: Record<string, unknown>) {
  const teacher = await connect(node, facilitator);
  const created = ok(await teacher.ask<CreatedClassroom>('classroom:create', settings));
  return { teacher, created, session: { classroomId: created.classroomId, token: created.token } };
}

/** A student connected to node B who joins a session with its code. */
async function studentAtB(code: string, name: string) {
  const socket = await connect('node-b', name);
  const joined = ok(await socket.ask<JoinedClassroom>('classroom:join', { code, name }));
  return { socket, joined };
}

/** The tables a facilitator's `tables:form` made, by id. */
async function formTables(teacher: TestPlayer, session: { classroomId: string; token: string }) {
  const formed = ok(
    await teacher.ask<ClassroomCommandResult>('classroom:command', {
      ...session,
      command: { type: 'tables:form' },
    }),
  );
  return formed.outcomes.map((outcome) => outcome.tableId);
}

const statement = (text: string) => ({ type: 'chat:statement', statement: { text, signal: 'none' } });

/** Students' acknowledged commands, as the log keys them (`seat:<role>:<commandId>`), by table. */
const acknowledged = new Map<string, string[]>();

async function play(student: TestPlayer, body: Record<string, unknown>): Promise<Ack> {
  const commandId = `${student.name.replace(' ', '')}-${Math.random().toString(36).slice(2, 8)}`;
  const answer = await student.command(body, commandId);
  if (answer.ok) {
    const tableId = student.joined!.gameId;
    const keys = acknowledged.get(tableId) ?? [];
    keys.push(`${actorKey({ kind: 'seat', role: student.role! })}:${commandId}`);
    acknowledged.set(tableId, keys);
  }
  return answer;
}

describe('a class session on two nodes', () => {
  it('is joined and driven from either node, and goes on at the other when its node is killed', {
    timeout: 120_000,
  }, async () => {
    cluster = await twoNodes();
    const { teacher, created, session } = await sessionAt('node-a', 'Ms Sato', {
      title: 'Econ 2B',
      tableSize: 2,
      rounds: 2,
      negotiateSeconds: 300,
      decideSeconds: 300,
      seed: 7,
    });
    ok(await teacher.ask('classroom:watch', session));

    // Four students on node B join with the code: looked up in PostgreSQL and forwarded to node A.
    const students: { socket: TestPlayer; joined: JoinedClassroom }[] = [];
    for (let n = 1; n <= 4; n++) students.push(await studentAtB(created.code, `Student ${n}`));
    await untilConsole(
      teacher,
      (console) => console.people.length === 4 && console.people.every((person) => person.connected),
      'four students connected through node B',
    );

    // The facilitator's second console, on node B; its commands are forwarded to node A.
    const deputy = await connect('node-b', 'Ms Sato (tablet)');
    const command = (socket: TestPlayer, body: Record<string, unknown>, timeoutMs = 5000) =>
      socket.socket
        .timeout(timeoutMs)
        .emitWithAck('classroom:command', { ...session, command: body } as never) as Promise<
        Ack<ClassroomCommandResult>
      >;
    expect(ok(await deputy.ask<ClassroomConsoleMessage>('classroom:watch', session)).people).toHaveLength(4);
    const formed = ok(await command(deputy, { type: 'tables:form' }));
    expect(formed.outcomes).toHaveLength(2);
    const tableIds = formed.outcomes.map((outcome) => outcome.tableId);

    // Seated from node A, told on node B; each resumes its table there, forwarded to node A.
    for (const { socket, joined } of students) {
      await socket.until((player) => seatedOf(player) !== undefined, 5000, 'a seat');
      const seat = seatedOf(socket) as ClassroomSeatedMessage;
      await socket.resume(seat.tableId, joined.token);
    }
    expect(ok(await command(teacher, { type: 'tables:start', target: 'all' })).outcomes).toEqual(
      tableIds.map((tableId) => ({ tableId, ok: true })),
    );
    for (const phase of ['briefing', 'news', 'negotiate'] as const) {
      for (const { socket } of students) await socket.untilPhase(phase);
      if (phase !== 'negotiate')
        ok(await command(phase === 'briefing' ? deputy : teacher, { type: 'tables:skip', target: 'all' }));
    }
    for (const { socket } of students)
      expect(await play(socket, statement(`${socket.name} is here`))).toMatchObject({ ok: true });
    ok(await command(deputy, { type: 'tables:skip', target: 'all' }));
    for (const { socket } of students) await socket.untilPhase('decide', 1);

    // The first student at each table hands in a sheet from node B: both consoles see it.
    const byTable = tableIds.map((tableId) =>
      students.filter((student) => student.socket.joined!.gameId === tableId),
    );
    const first = byTable.map((table) => table[0]!.socket);
    const second = byTable.map((table) => table[1]!.socket);
    for (const socket of first)
      expect(await play(socket, { type: 'move:submit', move: SHEETS[socket.role!] })).toMatchObject({
        ok: true,
      });
    const handedIn = (console: ClassroomConsoleMessage) =>
      first.every((socket) =>
        console.tables.some((table) =>
          table.seats.some(
            (seat) => seat.role === socket.role && seat.handedIn && table.tableId === socket.joined!.gameId,
          ),
        ),
      );
    await untilConsole(teacher, handedIn, 'the sheets on node A’s console');
    await untilConsole(deputy, handedIn, 'the sheets on node B’s console');
    const seqBeforeKill = latestConsole(deputy)!.seq;

    // An extension forwarded to node A by a node that then loses touch: node A grants it. The same
    // request (one id for every try) is carried to node B after the take-over, below.
    const extension: ClassroomRequest = {
      kind: 'classroom',
      requestId: randomUUID(),
      classroomId: created.classroomId,
      event: 'classroom:command',
      input: { ...session, command: { type: 'tables:extend', target: 'all', seconds: 120 } },
      socket: { id: 'socket-elsewhere', data: { node: 'node-elsewhere' }, rooms: [] },
    };
    // A join forwarded the same way: node A adds the student and its answer is lost.
    const lateJoin: ClassroomRequest = {
      kind: 'classroom',
      requestId: randomUUID(),
      classroomId: created.classroomId,
      event: 'classroom:join',
      input: { code: created.code, name: 'Student 5' },
      socket: { id: 'socket-elsewhere-2', data: { node: 'node-elsewhere' }, rooms: [] },
    };
    await cluster.relay('node-a', lateJoin);
    await untilConsole(deputy, (console) => console.people.length === 5, 'the fifth student');
    const deadlines = () =>
      Object.fromEntries(latestConsole(deputy)!.tables.map((t) => [t.tableId, t.deadline]));
    const before = deadlines();
    await cluster.relay('node-a', extension);
    await untilConsole(
      deputy,
      (console) => console.tables.every((table) => table.deadline === before[table.tableId]! + 120_000),
      'the extension on every table',
    );

    // Node A dies with the session, its tables and the facilitator's first socket. A command from node B
    // waits for the session's new node and is answered from there.
    const killedAt = performance.now();
    await cluster.node('node-a').process.kill();
    const paused = await command(deputy, { type: 'tables:pause', target: 'all' }, 15_000);
    const answeredMs = performance.now() - killedAt;
    console.info(
      `[cluster] the class session answered from node B ${answeredMs.toFixed(0)} ms after node A was killed`,
    );
    expect(ok(paused).outcomes).toEqual(tableIds.map((tableId) => ({ tableId, ok: true })));
    expect(answeredMs).toBeLessThan(5000);
    const nodeB = cluster.node('node-b').process;
    expect(nodeB.output.some((line) => line.includes(`took over class session ${created.classroomId}`))).toBe(
      true,
    );

    // The console left open on node B goes on (its seq keeps counting up), every table paused, every
    // student still connected.
    await untilConsole(
      deputy,
      (console) =>
        console.seq > seqBeforeKill &&
        console.tables.length === 2 &&
        console.tables.every((table) => table.paused) &&
        // The fifth joined from a node that is not there: away once the session moved.
        console.people.every((person) => person.connected || person.name === 'Student 5'),
      'the console on node B after the take-over',
    ).catch((error: unknown) => {
      console.info(JSON.stringify(latestConsole(deputy)), cluster.node('node-b').process.output.join('\n'));
      throw error;
    });
    expect(handedIn(latestConsole(deputy)!)).toBe(true);

    // The extension again, now at node B, which took the session over: the same decision, answered by
    // each table as the first time, not granted twice.
    const remaining = Object.fromEntries(
      latestConsole(deputy)!.tables.map((table) => [table.tableId, table.pausedRemainingMs]),
    );
    const seqBeforeRetry = latestConsole(deputy)!.seq;
    await cluster.relay('node-b', extension);
    await untilConsole(deputy, (console) => console.seq > seqBeforeRetry, 'a console after the retry');
    for (const table of latestConsole(deputy)!.tables)
      expect(table.pausedRemainingMs).toBe(remaining[table.tableId]);
    // And the join again at node B: the student it added is found by the request, not added twice.
    const seqBeforeJoin = latestConsole(deputy)!.seq;
    await cluster.relay('node-b', lateJoin);
    await untilConsole(deputy, (console) => console.seq > seqBeforeJoin, 'a console after the join');
    expect(latestConsole(deputy)!.people.filter((person) => person.name === 'Student 5')).toHaveLength(1);

    // The facilitator comes back through node B and drives the class from there.
    const back = await connect('node-b', 'Ms Sato (again)');
    expect(ok(await back.ask<ClassroomConsoleMessage>('classroom:watch', session)).tables).toHaveLength(2);
    ok(await command(back, { type: 'tables:resume', target: 'all' }));
    await untilConsole(
      back,
      (console) => console.tables.every((table) => !table.paused),
      'the tables resumed',
    );

    // The students play on: the second sheet at each table ends the round there.
    for (const socket of second)
      expect(await play(socket, { type: 'move:submit', move: SHEETS[socket.role!] })).toMatchObject({
        ok: true,
      });
    for (const { socket } of students) await socket.untilPhase('news', 2, 10_000);
    await untilConsole(
      back,
      (console) => console.tables.every((table) => table.round === 2),
      'round 2 on the console',
    );

    const store = cluster.store();
    try {
      for (const tableId of tableIds) {
        const log = (await store.readLog(tableId)).map((entry) => entry.event);
        const keys = commandKeys(log);
        expect(new Set(keys).size).toBe(keys.length);
        const extensions = log.filter((event) => 'command' in event && event.command.type === 'host:extend');
        expect(extensions, `table ${tableId}'s extensions`).toHaveLength(1);
        const missing = (acknowledged.get(tableId) ?? []).filter((key) => !keys.includes(key));
        expect(acknowledged.get(tableId)?.length).toBe(4);
        expect(missing, `table ${tableId}'s acknowledged moves`).toEqual([]);
        const replay = await replayStored(store, tableId);
        expect(replay.mismatches).toEqual([]);
      }
    } finally {
      await store.close();
    }
    expect(nodeB.errors()).toEqual([]);
  });

  it('shows the people of a node that dies as away, on the console of the session’s node', {
    timeout: 60_000,
  }, async () => {
    cluster = await twoNodes();
    const { teacher, created, session } = await sessionAt('node-a', 'Ms Sato', { title: 'Econ 2C' });
    ok(await teacher.ask('classroom:watch', session));
    // The projector, opened on node B with the key the facilitator asked for there.
    const screen = await connect('node-b', 'Projector');
    const { projectorKey } = ok(
      await screen.ask<{ projectorKey: string }>('classroom:projectorLink', session),
    );
    expect(
      ok(
        await screen.ask<{ code: string }>('classroom:project', {
          classroomId: created.classroomId,
          key: projectorKey,
        }),
      ).code,
    ).toBe(created.code);
    for (const name of ['Student 1', 'Student 2']) await studentAtB(created.code, name);
    await untilConsole(
      teacher,
      (console) => console.people.length === 2 && console.people.every((person) => person.connected),
      'two students connected through node B',
    );
    expect(await formTables(teacher, session)).toHaveLength(1);
    await screen.until(
      (player) =>
        player.received.some(
          (entry) =>
            entry.event === 'classroom:projector' &&
            (entry.payload as { tables: unknown[] }).tables.length === 1,
        ),
      5000,
      'the table on the projector at node B',
    );

    // Node B dies with its sockets, and nobody tells node A: its console counts them away all the same.
    const killedAt = performance.now();
    await cluster.node('node-b').process.kill();
    await teacher.until(
      (player) => latestConsole(player)?.people.every((person) => !person.connected) ?? false,
      10_000,
      'the students away',
    );
    console.info(
      `[cluster] node B's students shown away ${(performance.now() - killedAt).toFixed(0)} ms after its SIGKILL`,
    );
    expect(cluster.node('node-a').process.errors()).toEqual([]);
  });

  it('forwards a command that a node frozen past its lease still receives to the session’s new node', {
    timeout: 60_000,
  }, async () => {
    cluster = await twoNodes({ LEVERAGE_LEASE_MS: '1000' });
    const { teacher, created, session } = await sessionAt('node-a', 'Ms Sato', {
      title: 'Econ 2D',
      negotiateSeconds: 300,
    });
    await studentAtB(created.code, 'Student 1');
    const command = (body: Record<string, unknown>) =>
      teacher.socket
        .timeout(15_000)
        .emitWithAck('classroom:command', { ...session, command: body } as never) as Promise<
        Ack<ClassroomCommandResult>
      >;
    const [tableId] = ok(await command({ type: 'tables:form' })).outcomes.map((outcome) => outcome.tableId);
    expect(ok(await command({ type: 'tables:start', target: 'all' })).outcomes).toEqual([
      { tableId, ok: true },
    ]);

    const [nodeA, nodeB] = [cluster.node('node-a').process, cluster.node('node-b').process];
    nodeA.pause();
    const tookOver = () =>
      nodeB.output.some((line) => line.includes(`took over class session ${created.classroomId}`));
    const frozenAt = Date.now();
    while (!tookOver() && Date.now() - frozenAt < 15_000) await new Promise((done) => setTimeout(done, 100));
    expect(tookOver(), nodeB.output.join('\n')).toBe(true);

    // Sent to the frozen node, which still runs the session as far as it knows when it reads it.
    const sent = command({ type: 'tables:pause', target: 'all' });
    await new Promise((done) => setTimeout(done, 200));
    nodeA.resume();
    expect(ok(await sent).outcomes).toEqual([{ tableId, ok: true }]);
    expect(
      nodeA.output.some((line) =>
        line.includes(`class session ${created.classroomId} is run by another node now`),
      ),
    ).toBe(true);

    // Node B holds the pause: a console opened there shows it.
    const deputy = await connect('node-b', 'Ms Sato (tablet)');
    const shown = ok(await deputy.ask<ClassroomConsoleMessage>('classroom:watch', session));
    expect(shown.tables.map((table) => table.paused)).toEqual([true]);
    expect(nodeB.errors()).toEqual([]);
  });
  it('reopens a table its session’s node let go, for a student on another node', {
    timeout: 60_000,
  }, async () => {
    cluster = await twoNodes({ LEVERAGE_LEASE_MS: '1000' });
    const { teacher, created, session } = await sessionAt('node-a', 'Ms Sato', { title: 'Econ 2E' });
    const { socket: student, joined } = await studentAtB(created.code, 'Student 1');
    const [tableId] = await formTables(teacher, session);
    if (!tableId) throw new Error('no table formed');

    // Node A lets the table go as its idle sweep does: stored as idle, its lease free (taken from node A
    // under it here, so that node A drops the game at its next renewal).
    const nodeA = cluster.node('node-a').process;
    await inDatabase(`UPDATE games SET status = 'idle' WHERE id = $1`, [tableId]);
    await inDatabase(`UPDATE game_leases SET node = 'swept', expires_at = now() WHERE game_id = $1`, [
      tableId,
    ]);
    expect(await logged(nodeA, `game ${tableId} is run by another node now`), nodeA.output.join('\n')).toBe(
      true,
    );

    // The student reopens it through node B: the session's node takes the table back and answers.
    const answer = (await student.socket
      .timeout(15_000)
      .emitWithAck('seat:resume', { gameId: tableId, token: joined.token } as never)) as Ack<JoinedGame>;
    expect(answer).toMatchObject({ ok: true, data: { gameId: tableId } });
    expect(nodeA.errors()).toEqual([]);
    expect(cluster.node('node-b').process.errors()).toEqual([]);
  });
  it('hands a session’s tables over with it when its node loses only the session’s lease', {
    timeout: 60_000,
  }, async () => {
    cluster = await twoNodes({ LEVERAGE_LEASE_MS: '1000' });
    const { teacher, created, session } = await sessionAt('node-a', 'Ms Sato', { title: 'Econ 2F' });
    await studentAtB(created.code, 'Student 1');
    const [tableId] = await formTables(teacher, session);

    // The session's lease (only) taken from node A under it, by a node that holds it 3 s: node A lets
    // the session go, and its table with it, for the node that takes the session then.
    const nodeA = cluster.node('node-a').process;
    await inDatabase(
      `UPDATE classroom_leases SET node = 'gone', expires_at = now() + interval '3 seconds'
       WHERE classroom_id = $1`,
      [created.classroomId],
    );
    expect(await logged(nodeA, `class session ${created.classroomId} is run by another node now`)).toBe(true);
    await new Promise((done) => setTimeout(done, 500));
    const tableLease = () =>
      inDatabase<{ node: string; live: boolean }>(
        `SELECT node, expires_at > now() AS live FROM game_leases WHERE game_id = $1`,
        [tableId],
      );
    expect((await tableLease()).filter((lease) => lease.live)).toEqual([]);

    // Whichever node takes the session then runs its table too.
    const sessionLease = () =>
      inDatabase<{ node: string }>(
        `SELECT node FROM classroom_leases WHERE classroom_id = $1 AND expires_at > now() AND node <> 'gone'`,
        [created.classroomId],
      );
    let together = false;
    for (const since = Date.now(); !together && Date.now() - since < 10_000; ) {
      await new Promise((done) => setTimeout(done, 200));
      const [sessionNode] = await sessionLease();
      const [table] = await tableLease();
      together = sessionNode !== undefined && table?.live === true && table.node === sessionNode.node;
    }
    expect(together).toBe(true);
    const nodeB = cluster.node('node-b').process;
    const deputy = await connect('node-b', 'Ms Sato (tablet)');
    expect(
      ok(await deputy.ask<ClassroomConsoleMessage>('classroom:watch', session)).tables.map(
        (table) => table.tableId,
      ),
    ).toEqual([tableId]);
    expect(nodeA.errors()).toEqual([]);
    expect(nodeB.errors()).toEqual([]);
  });

  it('stops counting a student at a session on one node once their socket joins a session on another', {
    timeout: 60_000,
  }, async () => {
    cluster = await twoNodes();
    const {
      teacher: first,
      created: econ,
      session,
    } = await sessionAt('node-a', 'Ms Sato', { title: 'Econ 2G' });
    ok(await first.ask('classroom:watch', session));
    const { created: history } = await sessionAt('node-b', 'Mr Ito', { title: 'History 3A' });

    // A student's socket on node B waits in the session at node A, then moves to the one at node B.
    const { socket: student } = await studentAtB(econ.code, 'Student 1');
    await untilConsole(
      first,
      (console) => console.people.length === 1 && console.people[0]!.connected,
      'the student at node A’s session',
    );
    ok(await student.ask('classroom:join', { code: history.code, name: 'Student 1' }));
    await untilConsole(
      first,
      (console) => console.people.length === 1 && !console.people[0]!.connected,
      'the student away from node A’s session',
    );
    expect(cluster.node('node-a').process.errors()).toEqual([]);
    expect(cluster.node('node-b').process.errors()).toEqual([]);
  });
});

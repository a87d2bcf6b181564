import { pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { createLeverageServer } from '../server/app.ts';
import type { PlayerView } from '../shared/game/player-view.ts';
import type {
  ClassroomCommand,
  ClassroomCommandResult,
  ClassroomConsoleMessage,
  ClassroomSeatedMessage,
  CreatedClassroom,
  JoinedClassroom,
} from '../shared/protocol/classroom.ts';
import type { Ack } from '../shared/protocol/errors.ts';
import type { GameSnapshotMessage, GameUpdateMessage, JoinedGame } from '../shared/protocol/socket.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/socket-events.ts';
import { applyUpdate, type DeltaOutcome, fromSnapshot, type HeldGame } from '../shared/protocol/sync.ts';
import type { RoleId } from '../shared/roles.ts';
import { SAMPLE_SHEETS } from '../test/fixtures/sample-sheets.ts';
import { type LatencyFigures, percentiles } from './load-stats.ts';

/**
 * The class at scale: one session of `tables` tables of four socket.io clients (120 people at 30
 * tables), the facilitator's console open, every table's market ticking. In each round every person hands
 * in a sheet at a random moment of the decide phase; the figure is the time from a sheet being sent to the
 * first console that shows it (the seat handed in, or the round moved on), as the facilitator's socket
 * receives it. Clients and server share this process (and its event loop), so the figure is a pessimistic
 * one. The bar: the console stays live within a second.
 */
export interface ClassroomReport {
  tables: number;
  people: number;
  rounds: number;
  consoleFeedMs: number;
  /** Sheet sent → the console showing it. */
  sheetToConsole: LatencyFigures;
  /** Consoles the facilitator received while the sheets were handed in. */
  consoles: number;
  missing: number;
}

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Person {
  socket: Client;
  token: string;
  seat: ClassroomSeatedMessage | null;
  at: Pick<PlayerView, 'phase' | 'round' | 'version'> | null;
}

const OPEN = { burst: 10_000, perSecond: 10_000 };
/** Sheets are handed in over this long in each decide phase, the way a room hands them in. */
const SPREAD_MS = 8_000;
const WAIT_MS = 30_000;
let sheetNumber = 0;

async function connect(url: string): Promise<Client> {
  const socket: Client = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((ready, fail) => {
    socket.once('connect', () => ready());
    socket.once('connect_error', fail);
  });
  return socket;
}

function ok<T>(ack: Ack<T>, what: string): T {
  if (!ack.ok) throw new Error(`${what}: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
}

async function until(check: () => boolean, what: string, state = () => ''): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} ${state()}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/**
 * Where the person's table stands: the phase, round and version each snapshot and update carries. Kept
 * without splicing histories or applying ticks, so that the clients (in this process) take as little of
 * the event loop the server shares as they can.
 */
function follow(person: Person): void {
  let held: HeldGame | null = null;
  const note = (outcome: DeltaOutcome | { kind: 'applied'; game: HeldGame }) => {
    if (outcome.kind !== 'applied') return;
    held = outcome.game;
    const { view } = held;
    person.at = { phase: view.phase, round: view.round, version: view.version };
  };
  person.socket.on('game:snapshot', (message: GameSnapshotMessage) =>
    note({ kind: 'applied', game: fromSnapshot(message) }),
  );
  person.socket.on('game:update', (message: GameUpdateMessage) => note(applyUpdate(held, message)));
}

const viewOf = (person: Person) => person.at;

export async function measureClassroom(
  options: { tables?: number; rounds?: number; consoleFeedMs?: number } = {},
): Promise<ClassroomReport> {
  const tables = options.tables ?? 30;
  const rounds = options.rounds ?? 2;
  const consoleFeedMs = options.consoleFeedMs ?? 250;
  const server = await createLeverageServer({
    port: 0,
    host: '127.0.0.1',
    consoleFeedMs,
    // A whole class behind one address, as a school's network puts it.
    commandRate: OPEN,
    sessionRate: OPEN,
    seatCommandRate: OPEN,
    addressRate: OPEN,
    joinLimits: {
      failuresPerSocket: 100,
      failuresPerAddress: 10_000,
      createsPerAddress: 10_000,
      windowMs: 60_000,
    },
    logger: { info: () => {}, error: console.error },
  });
  const sockets: Client[] = [];
  try {
    const facilitator = await connect(server.url);
    sockets.push(facilitator);
    const created = ok(
      (await facilitator.emitWithAck('classroom:create', {
        title: 'Bench',
        tableSize: 4,
        // Long enough that no phase runs out: the bench moves every table on by hand.
        newsSeconds: 600,
        decideSeconds: 600,
        negotiateSeconds: 600,
      })) as Ack<CreatedClassroom>,
      'create',
    );
    const facilitate = async (command: ClassroomCommand) =>
      ok(
        (await facilitator.emitWithAck('classroom:command', {
          classroomId: created.classroomId,
          token: created.token,
          command,
        })) as Ack<ClassroomCommandResult>,
        command.type,
      );
    let latest: ClassroomConsoleMessage | null = null;
    const arrivals: { at: number; console: ClassroomConsoleMessage }[] = [];
    facilitator.on('classroom:console', (message) => {
      latest = message;
      arrivals.push({ at: performance.now(), console: message });
    });
    ok(
      (await facilitator.emitWithAck('classroom:watch', {
        classroomId: created.classroomId,
        token: created.token,
      })) as Ack<ClassroomConsoleMessage>,
      'watch',
    );

    const people: Person[] = [];
    for (let n = 1; n <= tables * 4; n++) {
      const socket = await connect(server.url);
      sockets.push(socket);
      const joined = ok(
        (await socket.emitWithAck('classroom:join', {
          code: created.code,
          name: `Student ${n}`,
        })) as Ack<JoinedClassroom>,
        'join',
      );
      const person: Person = { socket, token: joined.token, seat: null, at: null };
      socket.on('classroom:seated', (seat) => {
        person.seat = seat;
      });
      follow(person);
      people.push(person);
    }
    await facilitate({ type: 'tables:form' });
    await until(() => people.every((person) => person.seat !== null), 'everyone seated');
    for (const person of people)
      ok(
        (await person.socket.emitWithAck('seat:resume', {
          gameId: person.seat!.tableId,
          token: person.token,
        })) as Ack<JoinedGame>,
        'resume',
      );
    await until(() => people.every((person) => viewOf(person) !== null), 'every view');
    await facilitate({ type: 'tables:start', target: 'all' });

    const everyTable = (phase: string, round: number) => () =>
      people.every((person) => viewOf(person)?.phase === phase && viewOf(person)?.round === round);
    const where = () => {
      const counts = new Map<string, number>();
      for (const person of people) {
        const at = `${viewOf(person)?.phase} ${viewOf(person)?.round}`;
        counts.set(at, (counts.get(at) ?? 0) + 1);
      }
      return JSON.stringify(Object.fromEntries(counts));
    };
    const samples: number[] = [];
    let missing = 0;
    let consoles = 0;
    for (let round = 1; round <= rounds; round++) {
      // Briefing (round 1 only) → news → negotiate → decide, every table at once.
      if (round === 1) await facilitate({ type: 'tables:skip', target: 'all' });
      await until(everyTable('news', round), `news ${round}`, where);
      await facilitate({ type: 'tables:skip', target: 'all' });
      await until(everyTable('negotiate', round), `negotiate ${round}`, where);
      await facilitate({ type: 'tables:skip', target: 'all' });
      await until(everyTable('decide', round), `decide ${round}`, where);

      const firstArrival = arrivals.length;
      const sent = await Promise.all(
        people.map(
          (person) =>
            new Promise<{ person: Person; at: number }>((done, fail) => {
              setTimeout(() => {
                const view = viewOf(person)!;
                const role = person.seat!.role as RoleId;
                const at = performance.now();
                person.socket
                  .emitWithAck('game:command', {
                    commandId: `bench-${role}-${round}-${++sheetNumber}`,
                    version: view.version,
                    type: 'move:submit',
                    move: SAMPLE_SHEETS[role],
                  })
                  .then((ack) => (ack.ok ? done({ person, at }) : fail(new Error(ack.error.message))))
                  .catch(fail);
              }, Math.random() * SPREAD_MS);
            }),
        ),
      );
      // Every table resolves once its four sheets are in: wait for the next round's news everywhere.
      await until(
        () =>
          latest !== null &&
          (latest as ClassroomConsoleMessage).tables.every(
            (table) => table.round > round || table.phase === 'ended',
          ),
        `round ${round} resolved on the console`,
      );
      const window = arrivals.slice(firstArrival);
      consoles += window.length;
      for (const { person, at } of sent) {
        const seat = person.seat!;
        const shown = window.find(({ at: arrived, console }) => {
          if (arrived < at) return false;
          const table = console.tables.find((entry) => entry.tableId === seat.tableId);
          if (!table) return false;
          if (table.round > round || table.phase !== 'decide') return true;
          return table.seats.find((entry) => entry.role === seat.role)?.handedIn === true;
        });
        if (shown) samples.push(shown.at - at);
        else missing++;
      }
    }
    return {
      tables,
      people: people.length,
      rounds,
      consoleFeedMs,
      sheetToConsole: percentiles(samples),
      consoles,
      missing,
    };
  } finally {
    for (const socket of sockets) socket.disconnect();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureClassroom()
    .then((report) => {
      console.log(
        JSON.stringify({ benchmark: 'class console latency (localhost, websocket)', ...report }, null, 2),
      );
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

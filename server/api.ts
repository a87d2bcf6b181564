import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ExportSource, exportCsvOf, gameExportOf } from '../shared/debrief/export.ts';
import { sessionExportCsvOf, sessionExportOf } from '../shared/debrief/session-export.ts';
import type { ErrorCode } from '../shared/protocol/errors.ts';
import { Classroom } from './classroom/classroom.ts';
import type { ClassroomRegistry } from './classroom/registry.ts';
import { bearerToken, exportRefusal, MISSING_TOKEN, NOT_THE_FACILITATOR } from './export-access.ts';
import { upToDateConfig } from './restore.ts';
import type { GameStore, StoredGame } from './store/game-store.ts';

export interface ApiOptions {
  store: GameStore;
  /**
   * Digests of the tokens that open a game's records besides its host's (the session layer's
   * facilitator). None by default.
   */
  keyholdersOf?: (game: StoredGame) => Buffer[];
  /** The class sessions whose export `/api/sessions/<id>/` serves, to their facilitator only. */
  classrooms?: ClassroomRegistry;
}

type Format = 'json' | 'csv';

/** `/api/games/<id>/export.json` and `/api/games/<id>/export.csv`. Ids are the server's own (ids.ts). */
const EXPORT_PATH = /^\/api\/games\/([A-Za-z0-9_-]{1,64})\/export\.(json|csv)$/;
/** `/api/sessions/<id>/export.json` and `.csv`: a class session's every table (ClassroomIdSchema's ids). */
const SESSION_EXPORT_PATH = /^\/api\/sessions\/([A-Za-z0-9-]{1,64})\/export\.(json|csv)$/;

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
  });
  response.end(JSON.stringify({ error: { code, message } }));
}

/**
 * Begins the CSV file: Excel on Windows reads a CSV without it in the machine's legacy code page (Shift
 * JIS on a Japanese Windows), garbling every non-ASCII character, Japanese team chat among them.
 */
const UTF8_BOM = '\uFEFF';

/** An export as a file to save: never cached, since it holds what only its keyholder may read. */
function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  format: Format,
  name: string,
  body: string,
): void {
  response.writeHead(200, {
    'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}.${format}"`,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') response.end();
  else response.end(format === 'csv' ? `${UTF8_BOM}${body}` : body);
}

/** The host's digests: whoever created the game (and anyone the host role was handed to). */
function hostDigests(game: StoredGame): Buffer[] {
  return game.lobby.people
    .filter((person) => person.isHost)
    .map((person) => Buffer.from(person.tokenDigest, 'hex'));
}

/**
 * What a started game's export is built from, read from the store rather than the live game: the store
 * holds every accepted input before anyone hears of it, and a game that ended or was let go is there
 * too. The record is rebuilt by replaying the log (shared/debrief), which before the end gives the public
 * record only. Null for a game still in its lobby.
 */
async function exportSourceOf(store: GameStore, game: StoredGame): Promise<ExportSource | null> {
  if (!game.config) return null;
  const log = (await store.readLog(game.record.id)).map((entry) => entry.event);
  return {
    config: upToDateConfig(game.config),
    code: game.record.code,
    createdAt: game.record.createdAt,
    log,
    people: game.lobby.people,
  };
}

async function sendGameExport(
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiOptions,
  gameId: string,
  format: Format,
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  // Without a token nothing is looked up: the store is read only for someone who sent one.
  if (token === null)
    return sendError(response, MISSING_TOKEN.status, MISSING_TOKEN.code, MISSING_TOKEN.message);
  const game = await options.store.load(gameId);
  if (!game) return sendError(response, 404, 'NOT_FOUND', 'No game with that id.');
  const refusal = exportRefusal(token, [...hostDigests(game), ...(options.keyholdersOf?.(game) ?? [])]);
  if (refusal) return sendError(response, refusal.status, refusal.code, refusal.message);
  const source = await exportSourceOf(options.store, game);
  if (!source)
    return sendError(response, 409, 'WRONG_PHASE', 'The game has not started: nothing to export yet.');
  const data = gameExportOf({ ...source, ...(await tableNumberOf(options, game)) });
  const body = format === 'json' ? JSON.stringify(data) : exportCsvOf(data);
  sendFile(request, response, format, `leverage-${game.record.code}-${gameId}`, body);
}

/** A class session's table is named by its number there, as the console numbers it, never by its code. */
async function tableNumberOf(options: ApiOptions, game: StoredGame): Promise<{ table?: string }> {
  const classroomId = game.record.classroomId;
  const classroom = classroomId === undefined ? null : await classroomOf(options, classroomId);
  const index = classroom?.tables.indexOf(game.record.id) ?? -1;
  return index < 0 ? {} : { table: String(index + 1) };
}

/**
 * A class session's export, to its facilitator: every table that has started, each read from the store
 * as its own export is, numbered as the console numbers it. Tables still in their lobby are left out.
 */
async function sendSessionExport(
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiOptions,
  classroomId: string,
  format: Format,
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  if (token === null)
    return sendError(response, MISSING_TOKEN.status, MISSING_TOKEN.code, MISSING_TOKEN.message);
  const classroom = await classroomOf(options, classroomId);
  if (!classroom) return sendError(response, 404, 'NOT_FOUND', 'No class session with that id.');
  if (!classroom.isFacilitator(token))
    return sendError(
      response,
      NOT_THE_FACILITATOR.status,
      NOT_THE_FACILITATOR.code,
      NOT_THE_FACILITATOR.message,
    );
  const tables = [];
  for (const [index, tableId] of classroom.tables.entries()) {
    const game = await options.store.load(tableId);
    const source = game && (await exportSourceOf(options.store, game));
    if (source) tables.push({ table: String(index + 1), source });
  }
  const data = sessionExportOf(
    {
      classroomId: classroom.id,
      code: classroom.code,
      title: classroom.settings.title ?? null,
      seed: classroom.seed,
      createdAt: classroom.createdAt,
    },
    tables,
    // Each message names the tables it went to by number, as the console numbers them.
    classroom.broadcasts.map(({ at, text, tableIds }) => ({
      at,
      text,
      tables: tableIds.map((tableId) => String(classroom.tables.indexOf(tableId) + 1)),
    })),
  );
  const body = format === 'json' ? JSON.stringify(data) : sessionExportCsvOf(data);
  sendFile(request, response, format, `leverage-class-${classroom.code}-${classroom.id}`, body);
}

/**
 * The session the registry holds, or else as the store kept it: an ended session is not brought back at
 * start-up, but its facilitator may still ask for its export after a restart.
 */
async function classroomOf(options: ApiOptions, classroomId: string): Promise<Classroom | null> {
  if (!options.classrooms) return null;
  const live = options.classrooms.get(classroomId);
  if (live) return live;
  const stored = await options.store.loadClassroom(classroomId);
  return stored ? Classroom.fromStored(stored) : null;
}

/** Answers a request under /api/; false when the path is not one of its routes. */
export function createApiHandler(
  options: ApiOptions,
): (request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean> {
  return async (request, response, path) => {
    const game = EXPORT_PATH.exec(path);
    if (game) {
      await sendGameExport(request, response, options, game[1]!, game[2] as Format);
      return true;
    }
    const session = SESSION_EXPORT_PATH.exec(path);
    if (session) {
      await sendSessionExport(request, response, options, session[1]!, session[2] as Format);
      return true;
    }
    return false;
  };
}

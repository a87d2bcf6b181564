import type { IncomingMessage, ServerResponse } from 'node:http';
import { exportCsvOf, gameExportOf } from '../shared/debrief/export.ts';
import type { ErrorCode } from '../shared/protocol/errors.ts';
import { bearerToken, exportRefusal, MISSING_TOKEN } from './export-access.ts';
import { upToDateConfig } from './restore.ts';
import type { GameStore, StoredGame } from './store/game-store.ts';

export interface ApiOptions {
  store: GameStore;
  /**
   * Digests of the tokens that open a game's records besides its host's (the session layer's
   * facilitator). None by default.
   */
  keyholdersOf?: (game: StoredGame) => Buffer[];
}

/** `/api/games/<id>/export.json` and `/api/games/<id>/export.csv`. Ids are the server's own (ids.ts). */
const EXPORT_PATH = /^\/api\/games\/([A-Za-z0-9_-]{1,64})\/export\.(json|csv)$/;

function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...(status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
  });
  response.end(JSON.stringify({ error: { code, message } }));
}

/** The host's digests: whoever created the game (and anyone the host role was handed to). */
function hostDigests(game: StoredGame): Buffer[] {
  return game.lobby.people
    .filter((person) => person.isHost)
    .map((person) => Buffer.from(person.tokenDigest, 'hex'));
}

/**
 * The export, read from the store rather than the live game: the store holds every accepted input
 * before anyone hears of it, and a game that ended or was let go is there too. The record is rebuilt
 * by replaying the log (shared/debrief), which before the end gives the public record only.
 */
async function sendExport(
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiOptions,
  gameId: string,
  format: 'json' | 'csv',
): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  // Without a token nothing is looked up: the store is read only for someone who sent one.
  if (token === null)
    return sendError(response, MISSING_TOKEN.status, MISSING_TOKEN.code, MISSING_TOKEN.message);
  const game = await options.store.load(gameId);
  if (!game) return sendError(response, 404, 'NOT_FOUND', 'No game with that id.');
  const refusal = exportRefusal(token, [...hostDigests(game), ...(options.keyholdersOf?.(game) ?? [])]);
  if (refusal) return sendError(response, refusal.status, refusal.code, refusal.message);
  if (!game.config)
    return sendError(response, 409, 'WRONG_PHASE', 'The game has not started: nothing to export yet.');
  const log = (await options.store.readLog(gameId)).map((entry) => entry.event);
  const data = gameExportOf({
    config: upToDateConfig(game.config),
    code: game.record.code,
    createdAt: game.record.createdAt,
    log,
  });
  const body = format === 'json' ? JSON.stringify(data) : exportCsvOf(data);
  response.writeHead(200, {
    'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="leverage-${game.record.code}-${gameId}.${format}"`,
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Answers a request under /api/; false when the path is not one of its routes. */
export function createApiHandler(
  options: ApiOptions,
): (request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean> {
  return async (request, response, path) => {
    const match = EXPORT_PATH.exec(path);
    if (!match) return false;
    await sendExport(request, response, options, match[1]!, match[2] as 'json' | 'csv');
    return true;
  };
}

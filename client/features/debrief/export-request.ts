import { EXPORT_FORMAT, type GameExport } from '../../../shared/debrief/export.ts';
import { SESSION_EXPORT_FORMAT, type SessionExport } from '../../../shared/debrief/session-export.ts';

/**
 * The export endpoints (docs/protocol.md, "Export"), opened with a token in a header: one game's (its host's
 * token, or its class's facilitator's) or a whole class session's (the facilitator's).
 */
export type ExportFormat = 'json' | 'csv';
export type ExportOf = { game: string } | { session: string };

export const exportUrl = (of: ExportOf, format: ExportFormat) =>
  'game' in of
    ? `/api/games/${encodeURIComponent(of.game)}/export.${format}`
    : `/api/sessions/${encodeURIComponent(of.session)}/export.${format}`;

export type ExportResult<T> = { ok: true; data: T } | { ok: false; status: number };

async function requestExport(of: ExportOf, token: string, format: ExportFormat): Promise<Response> {
  return fetch(exportUrl(of, format), {
    headers: { Authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
}

/** An export as JSON; a body without the expected format (a proxy's error page) counts as a failure. */
async function loadExport<T>(of: ExportOf, token: string, format: string): Promise<ExportResult<T>> {
  try {
    const response = await requestExport(of, token, 'json');
    if (!response.ok) return { ok: false, status: response.status };
    const body: unknown = await response.json();
    const isExport = typeof body === 'object' && body !== null && 'format' in body && body.format === format;
    return isExport ? { ok: true, data: body as T } : { ok: false, status: 0 };
  } catch {
    return { ok: false, status: 0 };
  }
}

export const loadGameExport = (gameId: string, token: string) =>
  loadExport<GameExport>({ game: gameId }, token, EXPORT_FORMAT);

export const loadSessionExport = (classroomId: string, token: string) =>
  loadExport<SessionExport>({ session: classroomId }, token, SESSION_EXPORT_FORMAT);

/**
 * Saves the CSV or JSON as a file. A plain link cannot carry the token in a header (and a token in an
 * address ends up in histories and logs), so the file is fetched and handed to the browser as a blob.
 */
export async function downloadExport(
  of: ExportOf,
  token: string,
  format: ExportFormat,
): Promise<ExportResult<null>> {
  try {
    const response = await requestExport(of, token, format);
    if (!response.ok) return { ok: false, status: response.status };
    const disposition = response.headers.get('content-disposition') ?? '';
    const fallback = `leverage-${'game' in of ? of.game : of.session}.${format}`;
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers start reading the blob only after click() has returned.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { ok: true, data: null };
  } catch {
    return { ok: false, status: 0 };
  }
}

import { EXPORT_FORMAT, type GameExport } from '../../../shared/debrief/export.ts';

/** The export endpoints (docs/protocol.md, "Export"), opened with the host's token in a header. */
export type ExportFormat = 'json' | 'csv';

export const exportUrl = (gameId: string, format: ExportFormat) =>
  `/api/games/${encodeURIComponent(gameId)}/export.${format}`;

export type ExportResult<T> = { ok: true; data: T } | { ok: false; status: number };

async function requestExport(gameId: string, token: string, format: ExportFormat): Promise<Response> {
  return fetch(exportUrl(gameId, format), {
    headers: { Authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
}

/** The game's export as JSON; a body that is not one (a proxy's error page) counts as a failure. */
export async function loadGameExport(gameId: string, token: string): Promise<ExportResult<GameExport>> {
  try {
    const response = await requestExport(gameId, token, 'json');
    if (!response.ok) return { ok: false, status: response.status };
    const body: unknown = await response.json();
    const isExport =
      typeof body === 'object' && body !== null && 'format' in body && body.format === EXPORT_FORMAT;
    return isExport ? { ok: true, data: body as GameExport } : { ok: false, status: 0 };
  } catch {
    return { ok: false, status: 0 };
  }
}

/**
 * Saves the CSV or JSON as a file. A plain link cannot carry the token in a header (and a token in an
 * address ends up in histories and logs), so the file is fetched and handed to the browser as a blob.
 */
export async function downloadExport(
  gameId: string,
  token: string,
  format: ExportFormat,
): Promise<ExportResult<null>> {
  try {
    const response = await requestExport(gameId, token, format);
    if (!response.ok) return { ok: false, status: response.status };
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `leverage-${gameId}.${format}`;
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

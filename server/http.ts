import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers.ts';
import { serveStatic } from './static-files.ts';

export interface Health {
  status: 'ok';
  games: number;
  connections: number;
  uptimeSeconds: number;
  /** Where people's devices reach this server (LEVERAGE_PUBLIC_URL, or a network address), if known. */
  publicUrl: string | null;
}

export interface HttpOptions {
  /** The built client (dist/client); null serves only the health check. */
  staticDir: string | null;
  health(): Health;
  /** Routes under /api/ (api.ts): true when it answered the request. */
  api?: (request: IncomingMessage, response: ServerResponse, path: string) => Promise<boolean>;
  onError(error: unknown): void;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://server').pathname;
  } catch {
    return '/';
  }
}

/** Plain node:http: the health check and the client's files. Socket.IO answers its own path before this. */
export function createHttpHandler(options: HttpOptions): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders(request.headers.host)))
      response.setHeader(name, value);
    const path = pathOf(request.url);
    const method = request.method ?? 'GET';
    if (path === '/healthz') return sendJson(response, 200, options.health());
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      return response.end();
    }
    const answer = (served: Promise<boolean>) =>
      served
        .then((done) => {
          if (!done) notFound(response);
        })
        .catch((error: unknown) => {
          options.onError(error);
          if (!response.headersSent) notFound(response);
          else response.destroy();
        });
    if (path.startsWith('/api/'))
      return void answer(options.api?.(request, response, path) ?? Promise.resolve(false));
    if (path.startsWith('/socket.io') || !options.staticDir) return notFound(response);
    void answer(serveStatic(options.staticDir, path, method, response));
  };
}

import type { Ack, ErrorCode } from '../../shared/protocol/errors.ts';
import type { AckDataOf, ClientEventName, PayloadOf } from '../../shared/protocol/socket-events.ts';
import type { SocketPort } from '../net/socket-port.ts';

/** Refusals the client makes itself, next to the server's codes. */
export type ClientErrorCode = ErrorCode | 'TIMEOUT' | 'OFFLINE' | 'BAD_RESPONSE';
export interface ClientError {
  code: ClientErrorCode;
  message: string;
}
export type ClientAck<T> = { ok: true; data: T } | { ok: false; error: ClientError };

export const ACK_TIMEOUT_MS = 10_000;

/** Sends one client event and resolves with its answer, or with why there is none. */
export type SendRequest = <E extends ClientEventName>(
  event: E,
  payload: PayloadOf<E>,
) => Promise<ClientAck<AckDataOf<E>>>;

function isAck<T>(value: Ack<T> | null | undefined): value is Ack<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

/**
 * Requests over `socket`, each answered once: by the server's acknowledgement, by OFFLINE when there is no
 * connection to send it on, or by TIMEOUT when no answer came within `timeoutMs` (a late answer is then
 * dropped, so the caller never hears twice).
 */
export function requestsOver(socket: SocketPort, timeoutMs: number): SendRequest {
  return (event, payload) => {
    if (!socket.connected) {
      return Promise.resolve({
        ok: false,
        error: { code: 'OFFLINE', message: 'Not connected to the server.' },
      });
    }
    return new Promise((resolve) => {
      let settled = false;
      const timer = setTimeout(() => {
        settled = true;
        resolve({ ok: false, error: { code: 'TIMEOUT', message: 'The server did not answer in time.' } });
      }, timeoutMs);
      socket.emit(event, payload, (response) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        // Typed by the protocol, but it crossed the network: a server bug must not break the page.
        resolve(
          isAck(response)
            ? response
            : {
                ok: false,
                error: { code: 'BAD_RESPONSE', message: 'The server sent an unreadable answer.' },
              },
        );
      });
    });
  };
}

import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/socket.ts';

/**
 * The little of Socket.IO the game client needs. The client is written against this port, so tests can
 * drive it with a fake socket and the one cast to the typed Socket.IO API lives here.
 */
export interface SocketPort {
  readonly connected: boolean;
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, payload: unknown, ack: (response: unknown) => void): void;
  connect(): void;
  /** Reconnection attempts by the manager (the socket itself only reports connect/disconnect). */
  onReconnectAttempt(listener: () => void): void;
}

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface LooseEmitter {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
}

export function socketPort(socket: GameSocket): SocketPort {
  const loose = socket as unknown as LooseEmitter;
  return {
    get connected() {
      return socket.connected;
    },
    on: (event, listener) => {
      loose.on(event, listener);
    },
    emit: (event, payload, ack) => {
      loose.emit(event, payload, ack);
    },
    connect: () => {
      socket.connect();
    },
    onReconnectAttempt: (listener) => {
      socket.io.on('reconnect_attempt', listener);
    },
  };
}

/** Same origin: the server serves the client and the socket on one port (Vite proxies it in dev). */
export function openGameSocket(): SocketPort {
  const socket: GameSocket = io({
    reconnection: true,
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
    timeout: 8000,
  });
  return socketPort(socket);
}

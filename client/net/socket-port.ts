import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../shared/protocol/errors.ts';
import type {
  AckDataOf,
  ClientEventName,
  ClientToServerEvents,
  PayloadOf,
  ServerToClientEvents,
} from '../../shared/protocol/socket-events.ts';

/** What the socket itself reports, beside the game's own messages. */
export interface ConnectionEvents {
  connect: () => void;
  disconnect: (reason: string) => void;
  connect_error: (error: Error) => void;
}

/** Every event the client listens to, with its payload's type. */
export type ClientListenEvents = ServerToClientEvents & ConnectionEvents;

export type { ClientEventName };

/**
 * The little of Socket.IO the game client needs, typed by the protocol's event maps
 * (shared/protocol/socket.ts) end to end: a listener gets the payload its event carries, and an
 * acknowledgement the answer its event promises, and an event only the payload its schema accepts. The client is written against this port, so tests
 * can drive it with a fake socket.
 */
export interface SocketPort {
  readonly connected: boolean;
  on<E extends keyof ClientListenEvents>(event: E, listener: ClientListenEvents[E]): void;
  emit<E extends ClientEventName>(
    event: E,
    payload: PayloadOf<E>,
    ack: (answer: Ack<AckDataOf<E>>) => void,
  ): void;
  connect(): void;
  /** Reconnection attempts by the manager (the socket itself only reports connect/disconnect). */
  onReconnectAttempt(listener: () => void): void;
}

export type GameSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export function socketPort(socket: GameSocket): SocketPort {
  // Socket.IO's types check one event name at a time; these maps hold one typed call per event.
  const listen: { [E in keyof ClientListenEvents]: (listener: ClientListenEvents[E]) => void } = {
    connect: (listener) => socket.on('connect', listener),
    disconnect: (listener) => socket.on('disconnect', listener),
    connect_error: (listener) => socket.on('connect_error', listener),
    'game:snapshot': (listener) => socket.on('game:snapshot', listener),
    'game:update': (listener) => socket.on('game:update', listener),
    'lobby:roster': (listener) => socket.on('lobby:roster', listener),
    'seat:requests': (listener) => socket.on('seat:requests', listener),
    'seat:answer': (listener) => socket.on('seat:answer', listener),
    'seat:removed': (listener) => socket.on('seat:removed', listener),
    'time:requests': (listener) => socket.on('time:requests', listener),
    'classroom:console': (listener) => socket.on('classroom:console', listener),
    'classroom:seated': (listener) => socket.on('classroom:seated', listener),
    'classroom:message': (listener) => socket.on('classroom:message', listener),
    'classroom:projector': (listener) => socket.on('classroom:projector', listener),
    'team:draft': (listener) => socket.on('team:draft', listener),
  };
  const send: {
    [E in ClientEventName]: (payload: PayloadOf<E>, ack: (answer: Ack<AckDataOf<E>>) => void) => void;
  } = {
    'game:create': (payload, ack) => socket.emit('game:create', payload, ack),
    'game:join': (payload, ack) => socket.emit('game:join', payload, ack),
    'seat:resume': (payload, ack) => socket.emit('seat:resume', payload, ack),
    'lobby:chooseRole': (payload, ack) => socket.emit('lobby:chooseRole', payload, ack),
    'lobby:setBot': (payload, ack) => socket.emit('lobby:setBot', payload, ack),
    'seat:request': (payload, ack) => socket.emit('seat:request', payload, ack),
    'seat:answerRequest': (payload, ack) => socket.emit('seat:answerRequest', payload, ack),
    'seat:remove': (payload, ack) => socket.emit('seat:remove', payload, ack),
    'game:command': (payload, ack) => socket.emit('game:command', payload, ack),
    'game:sync': (payload, ack) => socket.emit('game:sync', payload, ack),
    'classroom:create': (payload, ack) => socket.emit('classroom:create', payload, ack),
    'classroom:join': (payload, ack) => socket.emit('classroom:join', payload, ack),
    'classroom:resume': (payload, ack) => socket.emit('classroom:resume', payload, ack),
    'classroom:leave': (payload, ack) => socket.emit('classroom:leave', payload, ack),
    'classroom:watch': (payload, ack) => socket.emit('classroom:watch', payload, ack),
    'classroom:command': (payload, ack) => socket.emit('classroom:command', payload, ack),
    'seat:back': (payload, ack) => socket.emit('seat:back', payload, ack),
    'classroom:projectorLink': (payload, ack) => socket.emit('classroom:projectorLink', payload, ack),
    'classroom:project': (payload, ack) => socket.emit('classroom:project', payload, ack),
    'team:edit': (payload, ack) => socket.emit('team:edit', payload, ack),
    'team:captain': (payload, ack) => socket.emit('team:captain', payload, ack),
  };
  return {
    get connected() {
      return socket.connected;
    },
    on: (event, listener) => {
      listen[event](listener);
    },
    emit: (event, payload, ack) => {
      send[event](payload, ack);
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

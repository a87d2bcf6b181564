import type { ServerOptions } from 'socket.io';
import { RecoveryAdapter } from './recovery-adapter.ts';
import { WIRE_PARSER } from './wire.ts';

/**
 * The Socket.IO options every Leverage server shares with the load benchmark's plain Socket.IO baseline, so
 * the baseline pays for the same transport and the ratios measure the game's own work.
 */

/**
 * Socket.IO keeps two minutes of broadcasts so a player whose connection drops gets what it missed
 * (a reload or a lost network must not lose an update).
 */
export const CONNECTION_STATE_RECOVERY = {
  maxDisconnectionDuration: 2 * 60_000,
  skipMiddlewares: true,
} as const;

export const TRANSPORT_OPTIONS = {
  serveClient: false,
  transports: ['polling', 'websocket'],
  // Commands are at most 16 KB; anything much larger is not a Leverage client.
  maxHttpBufferSize: 32 * 1024,
  connectionStateRecovery: CONNECTION_STATE_RECOVERY,
  // Keeps each broadcast's rooms once for recovery (recovery-adapter.ts); several nodes set their own adapter.
  adapter: RecoveryAdapter,
  // Socket.IO's own wire format; messages whose text the broadcast wrote are sent as written (wire.ts).
  parser: WIRE_PARSER,
} satisfies Partial<ServerOptions>;

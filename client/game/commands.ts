import type { CommandBody, CommandResult } from '../../shared/protocol/commands.ts';
import { newCommandId } from '../net/command-id.ts';
import type { ClientAck, SendRequest } from './requests.ts';

/** How many times a command whose answer timed out is sent again before the player is told. */
export const COMMAND_RETRIES = 2;

/**
 * A game command made against `version`. An answer lost on the way (a dropped connection, a slow server)
 * is asked for again with the very same command, same `commandId` included: the server applies a command
 * once and answers a repeat with its first answer.
 */
export async function sendCommand(
  request: SendRequest,
  body: CommandBody,
  version: number,
): Promise<ClientAck<CommandResult>> {
  const payload = { ...body, commandId: newCommandId(), version };
  let ack = await request('game:command', payload);
  for (let retry = 0; retry < COMMAND_RETRIES && !ack.ok && ack.error.code === 'TIMEOUT'; retry++) {
    ack = await request('game:command', payload);
  }
  return ack;
}

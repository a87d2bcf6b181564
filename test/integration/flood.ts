import type { LeverageServerOptions } from '../../server/app.ts';
import { STATEMENTS_PER_ROUND } from '../../shared/game/limits.ts';
import type { TestPlayer } from './harness.ts';

const PLENTY = { burst: 10_000, perSecond: 10_000 };

/**
 * The rate budgets a server must lift for one seat to send `floodAfter`'s commands: the per-socket and the
 * per-seat budget (each far below 280, and with a fake clock nothing refills). The per-address budget
 * stays as shipped: one socket's flood fits in it, so the retry is still checked under the real limit.
 */
export const FLOOD_BUDGETS: Pick<LeverageServerOptions, 'commandRate' | 'seatCommandRate'> = {
  commandRate: PLENTY,
  seatCommandRate: PLENTY,
};

export const RETRIED = {
  type: 'chat:statement',
  statement: { text: 'We are patient holders.', signal: 'hint' },
};

/**
 * The repro: a statement, then 280 other accepted commands from the same seat, then the same
 * statement with the same commandId. Statements stop one short of the round's cap, so that a second
 * application would still be accepted and seen; the rest are private messages.
 */
export async function floodAfter(player: TestPlayer, count = 280): Promise<void> {
  for (let i = 0; i < count; i++) {
    const body =
      i < STATEMENTS_PER_ROUND - 2
        ? { type: 'chat:statement', statement: { text: `Statement ${i}.`, signal: 'none' } }
        : { type: 'chat:private', message: { to: ['whiteHouse'], text: `Message ${i}.` } };
    await player.commandOk(body);
  }
}

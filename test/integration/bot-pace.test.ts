import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { BotAction } from '../../shared/bots/types.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import { FakeClock, flush } from './fake-clock.ts';
import { closeAfterEach, startServer, TestPlayer } from './harness.ts';

/**
 * A seat's pace is the seat's, not the socket's: a bot playing a seat spends from the same bucket, at the
 * same rate, as the people of a seat do (issue 9: "same commands, same rules, same rate limits").
 */

const PLENTY = { burst: 1000, perSecond: 1000 };
/** Three commands at once, then one a second: tight enough to reach in a test, the same for every seat. */
const SEAT_PACE = { burst: 3, perSecond: 1 };
const WORDS = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'];

/** A White House bot that wants to say six things at once in every negotiation, and nothing else. */
function chattyWhiteHouse(view: { phase: string; you: { role: string } | null }): BotAction[] {
  if (view.phase !== 'negotiate' || view.you?.role !== 'whiteHouse') return [];
  return WORDS.map((text) => ({
    command: { type: 'chat:statement', statement: { text, signal: 'none' } },
    reason: { key: 'bot.test.chatty' },
  }));
}

let server: LeverageServerHandle;
const players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const codes = (answers: Ack[]) => answers.map((answer) => (answer.ok ? 'ok' : answer.error.code));

describe("a bot's words at a person's pace", () => {
  it('refuses a bot statement beyond the seat limit, does not retry it, and leaves a person the same limit', async () => {
    const clock = new FakeClock();
    server = await startServer({
      clock,
      bots: chattyWhiteHouse,
      botDelayMs: 10,
      seatCommandRate: SEAT_PACE,
      commandRate: PLENTY,
      addressRate: PLENTY,
      sessionRate: PLENTY,
    });
    const pat = await TestPlayer.connect(server.url, 'Pat');
    players.push(pat);
    await pat.create({ mode: 'multiplayer', role: 'tokyo', rounds: 2, seed: 3, botFill: false });
    expect(
      await pat.ask('lobby:setBot', { role: 'whiteHouse', bot: { personality: 'hawk', level: 'easy' } }),
    ).toMatchObject({ ok: true });
    await pat.commandOk({ type: 'host:start' });
    for (const phase of ['briefing', 'news']) {
      await pat.untilPhase(phase);
      // The host's skips spend Tokyo's pace (the host sits there): let it refill between them.
      await clock.advance(2000);
      await pat.commandOk({ type: 'host:skip' });
    }
    await pat.untilPhase('negotiate', 1);

    // The bot's six statements go out within 50 ms: the seat's three at once pass, the rest are refused.
    await clock.advance(50);
    await flush();
    await pat.until((player) => (player.view?.statements.length ?? 0) >= 3);
    const fromBot = () => pat.view!.statements.filter((statement) => statement.from === 'whiteHouse');
    expect(fromBot().map((statement) => statement.text)).toEqual(WORDS.slice(0, 3));

    // Thirty seconds of market ticks (each a change the bot re-reads) and a refilled bucket: the refused
    // words are not tried again in this negotiation.
    await clock.advance(30_000);
    await flush();
    await pat.until(() => true);
    expect(pat.view!.phase).toBe('negotiate');
    expect(fromBot().map((statement) => statement.text)).toEqual(WORDS.slice(0, 3));

    // A person's seat has the very same limit: three at once, then refused; a second later one more.
    const answers: Ack[] = [];
    for (const text of WORDS.slice(0, 4))
      answers.push(await pat.command({ type: 'chat:statement', statement: { text, signal: 'none' } }));
    expect(codes(answers)).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    await clock.advance(1000);
    expect(
      codes([await pat.command({ type: 'chat:statement', statement: { text: 'Later.', signal: 'none' } })]),
    ).toEqual(['ok']);
  });
});

import { describe, expect, it } from 'vitest';
import type { LeverageServerHandle } from '../../server/app.ts';
import type { PublicStatement } from '../../shared/game/state.ts';
import { phraseText } from '../../shared/protocol/phrases.ts';
import { closeAfterEach, startServer, TestPlayer, wait } from './harness.ts';

let server: LeverageServerHandle;
let players: TestPlayer[] = [];

closeAfterEach(() => ({ players, servers: [server] }));

const answersTo = (statements: readonly PublicStatement[], id: string) =>
  statements.filter((statement) => statement.replyTo === id);

describe('bots’ public voice over the socket', () => {
  it('answers a person’s threat in the same round, once, in the phrase book’s words with their figures', async () => {
    server = await startServer({ botDelayMs: { minMs: 20, maxMs: 80 } });
    const tokyo = await TestPlayer.connect(server.url, 'Tomo');
    players = [tokyo];
    await tokyo.create({ mode: 'solo', role: 'tokyo', rounds: 2, seed: 42 });
    for (const phase of ['briefing', 'news']) {
      await tokyo.untilPhase(phase, undefined, 5000);
      await tokyo.commandOk({ type: 'host:skip' });
    }
    await tokyo.untilPhase('negotiate', 1);
    const { statementId } = (await tokyo.commandOk({
      type: 'chat:statement',
      statement: { text: 'Japan will sell if the tariff stays.', signal: 'threat' },
    })) as { statementId: string };

    // The White House and the fund both hear a threat; each answers within its thinking time.
    await tokyo.until(
      (player) =>
        ['whiteHouse', 'investors'].every((role) =>
          answersTo(player.view!.statements, statementId).some((answer) => answer.from === role),
        ),
      3000,
      'answers to the threat',
    );
    // Time for a second answer, were a bot to give one.
    await wait(400);
    const view = tokyo.view!;
    expect(view.phase).toBe('negotiate');
    expect(view.round).toBe(1);
    const answers = answersTo(view.statements, statementId);
    expect(answers.map((answer) => answer.from).sort()).toEqual(['investors', 'whiteHouse']);
    for (const answer of answers) {
      expect(answer.round).toBe(1);
      expect(answer.phrase).toMatch(new RegExp(`^say\\.${answer.from}\\.`));
      expect(answer.text).toBe(phraseText(answer.phrase!, answer.params));
    }
    // An answer is the bot's signal of the round when one is due, or words without a signal naming the
    // figure that matters to it (the tariff for the White House, the priced odds of sales for the fund).
    for (const answer of answers.filter((said) => said.signal === 'none')) {
      const figure = answer.from === 'whiteHouse' ? 'tariff' : 'belief';
      expect(answer.phrase).toBe(`say.${answer.from}.answerThreat`);
      expect(Object.keys(answer.params ?? {})).toEqual([figure]);
      expect(answer.text).toContain(`${answer.params![figure]}%`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { simulateGames } from '../../../shared/sim/batch.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { summarizeTalk, talkOfGame } from '../../../shared/sim/talk.ts';

describe('the simulator’s talk figures', () => {
  it('count statements per bot seat and round: bots average at least one over a seeded batch', () => {
    const summary = simulateGames({ games: 12, seed: 9, rounds: 4 });
    expect(summary.refusedCommands).toBe(0);
    expect(summary.talk.statementsPerBotRound).toBeGreaterThanOrEqual(1);
    // Words without a signal are most of it: the market still hears at most one signal per bot and round.
    expect(summary.talk.signalsPerBotRound).toBeGreaterThan(0);
    expect(summary.talk.signalsPerBotRound).toBeLessThanOrEqual(1);
    expect(summary.talk.publicAnswersPerGame).toBeGreaterThan(0);
  });

  it('are worked out from the game record', () => {
    const run = runHeadlessGame({ seed: 4, rounds: 2 });
    const talk = talkOfGame(run.state);
    const statements = run.state.statements;
    expect(talk).toEqual({
      botRounds: 8,
      botStatements: statements.length,
      botSignals: statements.filter((statement) => statement.signal !== 'none').length,
      botAnswers: statements.filter((statement) => statement.replyTo).length,
      privateMessages: Object.values(run.state.channels).reduce(
        (sum, channel) => sum + channel.messages.length,
        0,
      ),
      addressedToBots: talk.addressedToBots,
      answered: talk.addressedToBots,
      dealsFromTalk: talk.dealsFromTalk,
    });
    expect(summarizeTalk([talk, talk]).statementsPerBotRound).toBe(
      Math.round((statements.length / 8) * 1000) / 1000,
    );
  });

  it('count bots’ private messages, every one addressed to a bot answered, and deals that started in talk', () => {
    const { talk, deals } = simulateGames({ games: 8, seed: 3 });
    expect(talk.privateMessages).toBeGreaterThan(8);
    expect(talk.addressedToBots).toBeGreaterThan(0);
    expect(talk.answered).toBe(talk.addressedToBots);
    expect(talk.replyShare).toBe(1);
    expect(talk.dealsFromTalk).toBeGreaterThan(0);
    expect(talk.dealsFromTalk).toBeLessThanOrEqual(deals.signed);
    expect(talk.privateMessagesPerGame).toBe(Math.round((talk.privateMessages / 8) * 1000) / 1000);
  });
});

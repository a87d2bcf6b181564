import { describe, expect, it, vi } from 'vitest';
import { type BotBrain, BotRunner } from '../../server/bot-runner.ts';
import type { SeatViews } from '../../server/broadcast.ts';
import type { BotAction, BotProfile } from '../../shared/bots/types.ts';
import type { PlayerView } from '../../shared/game/player-view.ts';
import type { GameState } from '../../shared/game/state.ts';
import type { Ack } from '../../shared/protocol/errors.ts';
import type { RoleId } from '../../shared/roles.ts';
import { FakeClock } from '../integration/fake-clock.ts';
import { SHEETS } from '../integration/harness.ts';

const dove: BotProfile = { personality: 'dove', level: 'easy' };
const statement: BotAction = {
  command: { type: 'chat:statement', statement: { text: 'We want calm markets.', signal: 'none' } },
  reason: { key: 'bot.test.calm' },
};
const sheet: BotAction = {
  command: { type: 'move:submit', move: SHEETS.tokyo },
  reason: { key: 'bot.test.sheet' },
};

/** Just the parts of a state the runner reads: the phase, the versions, pause, and who is a bot. */
function views(
  phase: GameState['phase'],
  phaseVersion: number,
  paused = false,
  version = phaseVersion,
): SeatViews {
  const seats = { tokyo: 'bot', whiteHouse: 'human', investors: 'bot', usBusiness: 'human' };
  const state = { phase, phaseVersion, version, paused, config: { seats } } as unknown as GameState;
  return { state, viewFor: (role) => ({ phase, you: { role } }) as unknown as PlayerView };
}

function setup(brain: BotBrain) {
  const clock = new FakeClock();
  const sent: { role: RoleId; type: string; commandId: string; version: number }[] = [];
  const onError = vi.fn();
  const runner = new BotRunner({
    clock,
    brain,
    delay: { minMs: 100, maxMs: 300 },
    seed: 1,
    random: () => 0.5,
    onError,
    submit: async (role, command, _reason) => {
      sent.push({ role, type: command.type, commandId: command.commandId, version: command.version });
      return answer(command.type);
    },
  });
  const bots = (role: RoleId) => (role === 'tokyo' || role === 'investors' ? dove : null);
  let answer = (_type: string): Ack => ({ ok: true, data: {} });
  const answerWith = (next: typeof answer) => {
    answer = next;
  };
  return { clock, sent, runner, bots, onError, answerWith };
}

describe('the bot runner', () => {
  it('acts after a human-paced delay, the sheet first, and never twice for the same view', async () => {
    const brain = vi.fn<BotBrain>((view) => (view.you?.role === 'tokyo' ? [statement, sheet] : []));
    const { clock, sent, runner, bots } = setup(brain);
    runner.consider(views('decide', 7), bots);
    runner.consider(views('decide', 7), bots);
    expect(brain).toHaveBeenCalledTimes(4); // two bots, twice: it re-reads, it does not re-act
    await clock.advance(99);
    expect(sent).toEqual([]);
    await clock.advance(1);
    expect(sent.map((entry) => entry.type)).toEqual(['move:submit']);
    await clock.advance(1000);
    expect(sent.map((entry) => entry.type)).toEqual(['move:submit', 'chat:statement']);
    expect(new Set(sent.map((entry) => entry.commandId)).size).toBe(2);
    runner.consider(views('decide', 7), bots);
    await clock.advance(1000);
    expect(sent).toHaveLength(2);
  });

  it('drops what was waiting when the phase moves on, and does nothing while paused', async () => {
    const { clock, sent, runner, bots } = setup(() => [statement]);
    runner.consider(views('negotiate', 3), bots);
    runner.consider(views('decide', 4, true), bots);
    await clock.advance(5000);
    expect(sent).toEqual([]);
    runner.consider(views('decide', 4), bots);
    await clock.advance(5000);
    expect(sent).toHaveLength(2);
  });

  it('stamps a command with the version of the view it was decided from, not of the one it lands in', async () => {
    const { clock, sent, runner, bots } = setup((view) => (view.you?.role === 'tokyo' ? [statement] : []));
    runner.consider(views('negotiate', 3, false, 5), bots);
    // Other inputs of the same phase come and go while the statement waits: it was decided at 5.
    runner.consider(views('negotiate', 3, false, 8), bots);
    await clock.advance(1000);
    expect(sent.map(({ type, version }) => [type, version])).toEqual([['chat:statement', 5]]);
  });

  it('lets a command go quietly when its phase ended while it waited its turn: no retry, no error', async () => {
    const { clock, sent, runner, bots, onError, answerWith } = setup((view) =>
      view.you?.role === 'tokyo' ? [statement, sheet] : [],
    );
    answerWith(() => ({ ok: false, error: { code: 'STALE_VERSION', message: 'Made against 5.' } }));
    runner.consider(views('decide', 5), bots);
    await clock.advance(1000);
    expect(sent.map(({ type }) => type)).toEqual(['move:submit', 'chat:statement']);
    // Every later change of the same phase (a tick) re-reads the view: nothing is tried again.
    for (let tick = 0; tick < 3; tick++) {
      runner.consider(views('decide', 5, false, 6), bots);
      await clock.advance(1000);
    }
    expect(sent).toHaveLength(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it('hands in waiting sheets at once when asked, inside the caller', () => {
    const { sent, runner, bots } = setup(() => [statement, sheet]);
    runner.consider(views('decide', 9), bots);
    const hurried: string[] = [];
    runner.hurrySheets((role, command) => hurried.push(`${role}:${command.type}`));
    expect(hurried).toEqual(['tokyo:move:submit', 'investors:move:submit']);
    expect(sent).toEqual([]);
  });

  it('survives a bot that throws: that bot loses its turn, the game does not', async () => {
    const { clock, sent, runner, bots, onError } = setup((view) => {
      if (view.you?.role === 'tokyo') throw new Error('bot bug');
      return [sheet];
    });
    runner.consider(views('decide', 2), bots);
    await clock.advance(500);
    expect(onError).toHaveBeenCalledOnce();
    expect(sent.map((entry) => entry.role)).toEqual(['investors']);
  });

  it('thinks only in the phases where bots act', () => {
    const brain = vi.fn<BotBrain>(() => [statement]);
    const { runner, bots } = setup(brain);
    runner.consider(views('lobby', 0), bots);
    runner.consider(views('ended', 30), bots);
    expect(brain).not.toHaveBeenCalled();
  });

  it('sends a bot’s words in the order it lists them, whatever each one’s thinking time', async () => {
    const clock = new FakeClock();
    const sent: string[] = [];
    const draws = [0.9, 0];
    const said = (text: string): BotAction => ({
      command: { type: 'chat:statement', statement: { text, signal: 'none' } },
      reason: { key: 'bot.test.calm' },
    });
    const runner = new BotRunner({
      clock,
      brain: (view) =>
        view.you?.role === 'tokyo' ? [said('First, the proposal.'), said('Then, the word of it.')] : [],
      delay: { minMs: 100, maxMs: 300 },
      seed: 1,
      random: () => draws.shift() ?? 0,
      submit: async (_role, command) => {
        if (command.type === 'chat:statement') sent.push(command.statement.text);
        return { ok: true, data: {} };
      },
    });
    runner.consider(views('negotiate', 2), (role) => (role === 'tokyo' ? dove : null));
    await clock.advance(1000);
    expect(sent).toEqual(['First, the proposal.', 'Then, the word of it.']);
  });

  it("tries a sheet refused for the seat's pace again on a later change, but never words", async () => {
    const clock = new FakeClock();
    const sent: string[] = [];
    const runner = new BotRunner({
      clock,
      brain: (view) => (view.you?.role === 'tokyo' ? [statement, sheet] : []),
      delay: { minMs: 100, maxMs: 300 },
      seed: 1,
      random: () => 0.5,
      submit: async (_role, command) => {
        sent.push(command.type);
        return { ok: false, error: { code: 'RATE_LIMITED', message: 'Too many commands for this seat.' } };
      },
    });
    const bots = (role: RoleId) => (role === 'tokyo' ? dove : null);
    for (let change = 0; change < 5; change++) {
      runner.consider(views('decide', 2), bots);
      await clock.advance(1000);
    }
    expect(sent.filter((type) => type === 'chat:statement')).toHaveLength(1);
    expect(sent.filter((type) => type === 'move:submit')).toHaveLength(5);
  });
});

describe('bot sheets', () => {
  it('hands in one sheet per phase even if the bot re-derives a different one after a tick', async () => {
    let treasuryAmountBn = 0;
    const { clock, sent, runner, bots } = setup((view) =>
      view.you?.role === 'tokyo'
        ? [{ ...sheet, command: { type: 'move:submit', move: { ...SHEETS.tokyo, treasuryAmountBn } } }]
        : [],
    );
    runner.consider(views('decide', 5), bots);
    treasuryAmountBn = 10;
    runner.consider(views('decide', 5), bots);
    await clock.advance(1000);
    expect(sent).toHaveLength(1);
  });
});

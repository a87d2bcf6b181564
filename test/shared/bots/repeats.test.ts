import { describe, expect, it } from 'vitest';
import type { BotContext } from '../../../shared/bots/context.ts';
import { type BotProfile, LEVELS, PERSONALITIES } from '../../../shared/bots/types.ts';
import { signalPhrase } from '../../../shared/bots/voice/repeats.ts';
import type { PlayerView } from '../../../shared/game/player-view.ts';
import type { PublicStatement } from '../../../shared/game/state.ts';
import { type PhraseKey, phraseText } from '../../../shared/protocol/phrases.ts';
import { ROLE_IDS, type RoleId } from '../../../shared/roles.ts';
import { DEFAULT_SCENARIO } from '../../../shared/scenario/japan-2025.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { SEED, tableAt } from './fixtures.ts';

/** Each bot's public lines that repeat, word for word, a line it said earlier in the game. */
function repeatsOf(statements: readonly PublicStatement[]): Record<RoleId, PublicStatement[]> {
  const said = new Map<RoleId, Set<string>>(ROLE_IDS.map((role) => [role, new Set()]));
  const repeats = Object.fromEntries(ROLE_IDS.map((role) => [role, [] as PublicStatement[]]));
  for (const statement of statements) {
    const lines = said.get(statement.from)!;
    if (lines.has(statement.text)) repeats[statement.from]!.push(statement);
    lines.add(statement.text);
  }
  return repeats as Record<RoleId, PublicStatement[]>;
}

function gameAt(seed: number, profile: BotProfile) {
  const run = runHeadlessGame({
    seed,
    profiles: { tokyo: profile, whiteHouse: profile, investors: profile, usBusiness: profile },
  });
  expect(run.refused, run.refusals.join('\n')).toBe(0);
  return run.state.statements;
}

describe('a bot does not repeat its public lines', () => {
  it('at an all-dove table of easy bots, seed 500: from 21 repeated lines to the signals its phrase book runs out of', () => {
    const repeats = repeatsOf(gameAt(500, { personality: 'dove', level: 'easy' }));
    const counts = Object.fromEntries(ROLE_IDS.map((role) => [role, repeats[role].length]));
    // Before: Tokyo 6, the White House 3, the fund 6, business 6: remarks on a deal that holds, round after
    // round, and a dove's two or three conciliatory lines drawn at random.
    expect(counts).toEqual({ tokyo: 3, whiteHouse: 3, investors: 0, usBusiness: 0 });
    // What is still said twice is a signal (a move the market reads), never an answer or a remark.
    for (const repeat of Object.values(repeats).flat()) expect(repeat.signal, repeat.text).not.toBe('none');
  });

  it('never says an answer or a remark twice in a game, whatever the table', () => {
    let game = 0;
    for (const personality of PERSONALITIES) {
      for (const level of LEVELS) {
        const repeats = repeatsOf(gameAt(600 + game++, { personality, level }));
        const words = Object.values(repeats)
          .flat()
          .filter((repeat) => repeat.signal === 'none');
        expect(
          words.map((repeat) => `${repeat.from}: ${repeat.text}`),
          `${personality}:${level}`,
        ).toEqual([]);
      }
    }
  });
});

describe('the words a signal is said in', () => {
  const hawkish: PhraseKey[] = ['say.whiteHouse.notPushedAround', 'say.investors.cuttingRisk'];
  const bearish: PhraseKey[] = ['say.investors.yieldsRise', 'say.investors.cuttingRisk'];

  function fundContext(saidBefore: PhraseKey[]): BotContext {
    const view = tableAt('negotiate').view('investors');
    const statements = saidBefore.map(
      (phrase, index): PublicStatement => ({
        id: `s${index}`,
        at: 0,
        round: 1,
        from: 'investors',
        text: phraseText(phrase),
        signal: 'bearish',
        phrase,
      }),
    );
    const later: PlayerView = { ...view, round: 3, statements };
    return {
      view: later,
      scenario: DEFAULT_SCENARIO,
      profile: { personality: 'hawk', level: 'easy' },
      role: 'investors',
      seed: SEED,
      memo: new Map(),
    };
  }

  it('are words the bot has not used in this game while the phrase book has some', () => {
    expect(signalPhrase(fundContext(['say.investors.yieldsRise']), bearish)).toBe(
      'say.investors.cuttingRisk',
    );
    expect(signalPhrase(fundContext(['say.investors.cuttingRisk']), bearish)).toBe(
      'say.investors.yieldsRise',
    );
  });

  it('once every fitting phrase is used, are the ones said longest ago', () => {
    const both: PhraseKey[] = ['say.investors.cuttingRisk', 'say.investors.yieldsRise'];
    expect(signalPhrase(fundContext(both), bearish)).toBe('say.investors.cuttingRisk');
    expect(signalPhrase(fundContext([...both].reverse()), bearish)).toBe('say.investors.yieldsRise');
    // The same view draws the same words: a replay says what the game said.
    expect(signalPhrase(fundContext([]), hawkish)).toBe(signalPhrase(fundContext([]), hawkish));
  });
});

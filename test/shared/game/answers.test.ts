import { describe, expect, it } from 'vitest';
import { rememberedAnswer, withAnswer } from '../../../shared/game/answers.ts';
import type { GameContext } from '../../../shared/game/state.ts';
import type { CommandResult } from '../../../shared/protocol/commands.ts';
import type { Ack } from '../../../shared/protocol/errors.ts';

const answer = (n: number) => ({ ok: true, result: { n } }) as unknown as Ack<CommandResult>;

/** A game's memory of `count` answers, keys `k0`…, as the engine builds it one command at a time. */
function remembering(count: number): GameContext['answers'] {
  let answers: GameContext['answers'] = [];
  for (let n = 0; n < count; n++) answers = withAnswer(answers, `k${n}`, answer(n));
  return answers;
}

const gameWith = (answers: GameContext['answers']) => ({ answers }) as GameContext;

describe('remembered answers', () => {
  it('finds every answer of a long game, on full pages and on the last, and nothing it never gave', () => {
    const answers = remembering(700);
    expect(answers.map((page) => page.length)).toEqual([256, 256, 188]);
    const game = gameWith(answers);
    for (const n of [0, 1, 255, 256, 511, 512, 699])
      expect(rememberedAnswer(game, `k${n}`)).toEqual(answer(n));
    expect(rememberedAnswer(game, 'k700')).toBeUndefined();
    expect(rememberedAnswer(gameWith([]), 'k0')).toBeUndefined();
  });

  it('gives the newest answer for a key given twice, and an earlier state keeps its own memory', () => {
    const before = remembering(512);
    const after = withAnswer(before, 'k3', answer(9999));
    expect(rememberedAnswer(gameWith(after), 'k3')).toEqual(answer(9999));
    // The full pages are shared between the two states; the older one never saw the newer answer.
    expect(rememberedAnswer(gameWith(before), 'k3')).toEqual(answer(3));
    expect(rememberedAnswer(gameWith(before), 'k511')).toEqual(answer(511));
  });
});

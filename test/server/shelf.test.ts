import { describe, expect, it } from 'vitest';
import { SHELF_CHARS, Shelf } from '../../server/shelf.ts';

describe('the shelf of kept texts', () => {
  it('gives back every text exactly, before and after its row is joined, whatever its characters', () => {
    const shelf = new Shelf();
    const texts: string[] = [];
    // Latin-1 (one byte a character in V8), past Latin-1 (a dash, Japanese, a pair of surrogates), empty.
    const kinds = (n: number) => ['x'.repeat(n % 900), `¥${n} — 円安`, `🇯🇵${'y'.repeat(n % 50)}`, ''][n % 4]!;
    for (let n = 0, chars = 0; chars < 5 * SHELF_CHARS; n++) {
      texts.push(`${n}:${kinds(n)}`);
      chars += texts.at(-1)!.length;
    }
    const kept = texts.map((text) => shelf.keep(text));
    expect(kept.map((k) => k.text)).toEqual(texts);
  });
});

import { describe, expect, it } from 'vitest';
import { SHELF_CHARS, Shelf, ShelvedText } from '../../server/shelf.ts';

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

  it('joins no text let go before its row fills', () => {
    const shelf = new Shelf();
    for (let n = 0; n < 100; n++) shelf.keep(`early${n}:${'e'.repeat(1000)}`).release();
    const later: ShelvedText[] = [];
    let laterChars = 0;
    while (laterChars < SHELF_CHARS) {
      later.push(shelf.keep(`later${later.length}:${'l'.repeat(1000)}`));
      laterChars += later.at(-1)!.text.length;
    }
    // The last one filled the row: all of them are one joined string, and nothing else is in it.
    expect(ShelvedText.heldChars(later)).toBe(laterChars);
    expect(ShelvedText.heldChars(later.slice(0, 1))).toBe(laterChars);
  });

  it('joins the texts still kept again once less than half of their joined string is', () => {
    const shelf = new Shelf();
    const gone: ShelvedText[] = [];
    const stay: string[] = [];
    const staying: ShelvedText[] = [];
    for (let n = 0, chars = 0; chars < 2 * SHELF_CHARS; n++) {
      gone.push(shelf.keep(`gone${n}:${'g'.repeat(3000)}`));
      stay.push(`stay${n}:${'s'.repeat(1000)}`);
      staying.push(shelf.keep(stay.at(-1)!));
      chars += gone.at(-1)!.text.length + stay.at(-1)!.length;
    }
    const stayChars = stay.reduce((sum, text) => sum + text.length, 0);
    expect(ShelvedText.heldChars(staying)).toBeGreaterThan(2 * stayChars);
    for (const text of gone) text.release();
    expect(ShelvedText.heldChars(staying)).toBeLessThanOrEqual(2 * stayChars);
    expect(staying.map((text) => text.text)).toEqual(stay);
    expect(gone.map((text) => text.text)).toEqual(gone.map(() => ''));
  });
});

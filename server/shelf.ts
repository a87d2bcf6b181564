/**
 * Text kept for minutes, kept where V8's young collections do not copy it. A string that outlives one young
 * collection is copied twice on its way to the old generation (a text put together from pieces, piece by
 * piece); a string larger than V8's largest ordinary object (128 KB) is a large object, which a young
 * collection never copies. So kept texts go on a shelf: once it holds SHELF_CHARS of them, they are joined
 * into one string and each becomes a range of it. A shelf not yet full keeps its texts as they are, so a
 * quiet server keeps them much as before. Holding any range of a joined string holds all of it; the texts
 * kept here are let go in about the order they were kept, so little is held that way.
 */
export class ShelvedText {
  constructor(
    private source: string,
    private start = 0,
    private end = source.length,
  ) {}

  get text(): string {
    return this.start === 0 && this.end === this.source.length
      ? this.source
      : this.source.slice(this.start, this.end);
  }

  /** Its text is now `start` onwards of `joined`; returns where the next text starts. */
  moveTo(joined: string, start: number): number {
    const length = this.end - this.start;
    this.source = joined;
    this.start = start;
    this.end = start + length;
    return this.end;
  }

  /**
   * The characters `texts` hold: each string they are ranges of counted once, however many point into it
   * (a joined string is held whole while any of its texts is).
   */
  static heldChars(texts: Iterable<ShelvedText>): number {
    const sources = new Set<string>();
    let chars = 0;
    for (const kept of texts) {
      // A text not yet joined is its own string (two equal ones are two strings, a Set would count one).
      if (kept.start === 0 && kept.end === kept.source.length) chars += kept.source.length;
      else sources.add(kept.source);
    }
    for (const source of sources) chars += source.length;
    return chars;
  }
}

/** Well past V8's largest ordinary object, so a joined shelf is a large object even in Latin-1. */
export const SHELF_CHARS = 256 * 1024;

/** A character past Latin-1: V8 keeps a string with any such character in two bytes a character. */
const WIDE = /[\u0100-\uffff]/;

/**
 * Two rows of shelved texts: a joined string takes two bytes a character if any of its texts has one
 * character past Latin-1 (a headline's dash, a name in Japanese), so such texts are joined apart from the
 * rest, which stay one byte a character.
 */
export class Shelf {
  private readonly narrow = new ShelfRow();
  private readonly wide = new ShelfRow();

  keep(text: string): ShelvedText {
    return (WIDE.test(text) ? this.wide : this.narrow).keep(text);
  }
}

class ShelfRow {
  private texts: ShelvedText[] = [];
  private chars = 0;

  keep(text: string): ShelvedText {
    const kept = new ShelvedText(text);
    this.texts.push(kept);
    this.chars += text.length;
    if (this.chars >= SHELF_CHARS) this.join();
    return kept;
  }

  private join(): void {
    const joined = this.texts.map((kept) => kept.text).join('');
    let at = 0;
    for (const kept of this.texts) at = kept.moveTo(joined, at);
    this.texts = [];
    this.chars = 0;
  }
}

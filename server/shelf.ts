/**
 * Text kept for minutes, kept where V8's young collections do not copy it. A string that outlives one young
 * collection is copied twice on its way to the old generation (a text put together from pieces, piece by
 * piece); a string larger than V8's largest ordinary object (128 KB) is a large object, which a young
 * collection never copies. So kept texts go on a shelf: once it holds SHELF_CHARS of them, they are joined
 * into one string and each becomes a range of it. A shelf not yet full keeps its texts as they are, so a
 * quiet server keeps them much as before. Holding any range of a joined string holds all of it; the texts
 * kept here are mostly let go in about the order they were kept, so little is held that way, and a text
 * let go out of turn (a deleted game's log) is released, so that its string need not hold it.
 */
export class ShelvedText {
  private end: number;
  private start = 0;

  constructor(
    private source: string,
    /** What holds it: its row until the row is joined, then its joined string; null once let go. */
    private holder: Holder | null,
  ) {
    this.end = source.length;
  }

  get text(): string {
    return this.start === 0 && this.end === this.source.length
      ? this.source
      : this.source.slice(this.start, this.end);
  }

  /** Not let go yet. */
  get kept(): boolean {
    return this.holder !== null;
  }

  /**
   * It will not be read again (its game was deleted): its row forgets it, and a joined string holding it
   * counts it out (JoinedText below). Its text reads as empty from now on.
   */
  release(): void {
    const holder = this.holder;
    if (!holder) return;
    const length = this.end - this.start;
    this.holder = null;
    this.source = '';
    this.start = 0;
    this.end = 0;
    holder.letGo(length);
  }

  /** Its text is now `start` onwards of `joined`; returns where the next text starts. */
  moveTo(joined: JoinedText, start: number): number {
    const length = this.end - this.start;
    this.holder = joined;
    this.source = joined.text;
    this.start = start;
    this.end = start + length;
    return this.end;
  }

  /**
   * The characters `texts` hold: a text on its row its own, and each joined string they are ranges of
   * once, however many point into it (a joined string is held whole while any of its texts is).
   */
  static heldChars(texts: Iterable<ShelvedText>): number {
    const joined = new Set<JoinedText>();
    let chars = 0;
    for (const kept of texts) {
      if (kept.holder instanceof JoinedText) joined.add(kept.holder);
      else chars += kept.source.length;
    }
    for (const string of joined) chars += string.text.length;
    return chars;
  }
}

/** A row or a joined string: told when a text it holds is let go. */
interface Holder {
  letGo(chars: number): void;
}

/**
 * A joined string and the texts that are ranges of it. Once less than half of it is still kept, the texts
 * still kept are joined again without the rest, so a string held by a game that goes on while the games
 * joined beside it were deleted is at most twice that game's texts. A string joined again may be under
 * 128 KB, an ordinary object that young collections copy; it comes of a deletion, which is rare.
 */
class JoinedText implements Holder {
  readonly text: string;
  private keptChars: number;

  private constructor(private texts: ShelvedText[]) {
    this.text = texts.map((kept) => kept.text).join('');
    this.keptChars = this.text.length;
  }

  /** `texts` joined into one string, each now a range of it. */
  static join(texts: ShelvedText[]): void {
    if (texts.length === 0) return;
    const joined = new JoinedText(texts);
    let at = 0;
    for (const kept of texts) at = kept.moveTo(joined, at);
  }

  letGo(chars: number): void {
    this.keptChars -= chars;
    if (this.keptChars * 2 >= this.text.length) return;
    const still = this.texts.filter((kept) => kept.kept);
    this.texts = [];
    JoinedText.join(still);
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

class ShelfRow implements Holder {
  private texts: ShelvedText[] = [];
  private chars = 0;
  /** Texts of `texts` let go since it was last cleared of them. */
  private letGoTexts = 0;

  keep(text: string): ShelvedText {
    const kept = new ShelvedText(text, this);
    this.texts.push(kept);
    this.chars += text.length;
    if (this.chars >= SHELF_CHARS) this.join();
    return kept;
  }

  letGo(chars: number): void {
    this.chars -= chars;
    if (++this.letGoTexts * 2 < this.texts.length) return;
    this.texts = this.texts.filter((kept) => kept.kept);
    this.letGoTexts = 0;
  }

  private join(): void {
    JoinedText.join(this.texts.filter((kept) => kept.kept));
    this.texts = [];
    this.chars = 0;
    this.letGoTexts = 0;
  }
}

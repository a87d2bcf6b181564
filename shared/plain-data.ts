/**
 * Whether two plain data values (sheets, terms: what the schemas describe) would write the same JSON:
 * the same keys in the same order with the same values, keys holding `undefined` left out as JSON leaves
 * them. Compared in place, where `JSON.stringify(a) === JSON.stringify(b)` writes two strings to compare
 * them: bots ask this of every candidate sheet and every offer they weigh. Numbers are compared as
 * numbers, so it differs from the strings only for NaN and the infinities, which no schema admits.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameData(a[index], other[index])) return false;
    return true;
  }
  return sameEntries(a as Record<string, unknown>, b as Record<string, unknown>);
}

function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  let j = 0;
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i]!;
    if (a[key] === undefined) continue;
    while (j < bKeys.length && b[bKeys[j]!] === undefined) j++;
    if (j >= bKeys.length || bKeys[j] !== key || !sameData(a[key], b[key])) return false;
    j++;
  }
  while (j < bKeys.length && b[bKeys[j]!] === undefined) j++;
  return j === bKeys.length;
}

/**
 * `{ ...base, ...extra }`, keys in the same order, for an `extra` that adds keys `base` lacks (a record's new
 * entry, a proposal's id). Written as a spread, that literal takes V8's slow path: it starts from a copy of
 * the source's hidden class and adds the new keys one transition at a time, a new class every call (about
 * a microsecond for a small object, five for a game state of thirty keys). Copying into an empty object
 * keeps to the common path. Where every key of `extra` is already in `base`, the spread is as fast.
 */
export function extended<T extends object, U extends object>(base: T, extra: U): T & U {
  return Object.assign({}, base, extra);
}

/**
 * `list.map(change)`, always a packed array. V8's optimising compiler builds the result of `map` holey where
 * the interpreter builds it packed (a literal, a spread and `filter` are packed in both), so a list of the
 * game state made by `map` changes hidden class the moment its maker is optimised, hundreds of games into
 * a batch, and every optimised function that reads the list (the deals have dozens) is thrown away and
 * compiled again. For lists of objects: numbers pushed here would share its one allocation site.
 */
export function mappedList<T extends object, U extends object>(
  list: readonly T[],
  change: (item: T) => U,
): U[] {
  const result: U[] = [];
  for (let index = 0; index < list.length; index++) result.push(change(list[index]!));
  return result;
}

const RECORD_VALUES = new WeakMap<object, readonly unknown[]>();

/**
 * `Object.values(record)` of a record that is never changed in place (the game's proposals and channels),
 * kept per record object: a view is built for every seat at every ask, and each time copied and ordered
 * the game's proposals afresh (about a microsecond for thirty). Read only: the list is shared.
 */
export function recordValues<T>(record: Readonly<Record<string, T>>): readonly T[] {
  let values = RECORD_VALUES.get(record) as readonly T[] | undefined;
  if (!values) {
    values = Object.values(record);
    RECORD_VALUES.set(record, values);
  }
  return values;
}

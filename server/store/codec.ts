/**
 * JSON that gives back the numbers it was given. Plain JSON turns `-0` into `0` and `NaN` or `Infinity`
 * into `null`; the market model does produce `-0` (a rounded basis-point change), and a restored game
 * must equal a replay of its log exactly, so such numbers are written as `{ "$number": "-0" }`.
 * Everything else is ordinary, readable JSON. Keys whose value is `undefined` are dropped, as in JSON.
 */
const TAG = '$number';

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && (Object.is(value, -0) || !Number.isFinite(value)))
    return { [TAG]: Object.is(value, -0) ? '-0' : String(value) };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && TAG in value) {
    const tagged = (value as Record<string, unknown>)[TAG];
    if (typeof tagged === 'string' && Object.keys(value).length === 1) return Number(tagged);
  }
  return value;
}

/**
 * Whether plain JSON would change a number in `value`. A replacer function turns JSON.stringify off its fast
 * path (one call per key and value, each key made a string): a game's snapshot encoded a third slower with
 * one than a walk for odd numbers followed by plain JSON, and nearly every value written holds none.
 */
function holdsOddNumber(value: unknown): boolean {
  if (typeof value === 'number') return Object.is(value, -0) || !Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (holdsOddNumber(value[i])) return true;
    return false;
  }
  for (const key in value) if (holdsOddNumber((value as Record<string, unknown>)[key])) return true;
  return false;
}

export function encode(value: unknown): string {
  return holdsOddNumber(value) ? JSON.stringify(value, replacer) : JSON.stringify(value);
}

export function decode<T>(text: string): T {
  return JSON.parse(text, reviver) as T;
}

/**
 * A patch: what turns one JSON value into another, as a short list of operations. The server makes one
 * (`patchOf`) from the view a seat holds to its next view; the client applies it (`applyPatch`). Both use
 * this file, so "what changed" is stated once. Applied to the value it was made from, a patch gives a
 * value deeply equal to the one it was made for (the property test plays whole games to check it).
 *
 * A path names object keys and array indices from the root, as an array (no escaping, unlike JSON
 * Pointer). Three operations:
 * - `set`: put `value` at `path` (a new or changed object key, or an array entry that changed whole);
 * - `remove`: delete the object key at `path`;
 * - `splice`: keep the first `from` entries of the array at `path`, then append `items` (a list that grew,
 *   shrank, or whose entries changed from `from` on).
 */
export type PatchPath = (string | number)[];

export type PatchOp =
  | { op: 'set'; path: PatchPath; value: unknown }
  | { op: 'remove'; path: PatchPath }
  | { op: 'splice'; path: PatchPath; from: number; items: unknown[] };

export type Patch = PatchOp[];

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An entry of a list keeps its place while it keeps its `id`: a list whose entries carry ids and shifted
 * (a filtered list showing more, once the game has ended) is resent from the first shifted entry rather
 * than patched field by field into other entries.
 */
function sameEntry(before: unknown, after: unknown): boolean {
  if (!isPlain(before) || !isPlain(after)) return true;
  return before.id === after.id;
}

/*
 * The diff walks both values with one path array, pushed and popped as it goes down and up, and copies it
 * only into an operation: most of what it walks is equal, and a path per node visited was most of its cost.
 */

function diffArrays(
  before: readonly unknown[],
  after: readonly unknown[],
  path: PatchPath,
  ops: Patch,
): void {
  const shared = Math.min(before.length, after.length);
  for (let index = 0; index < shared; index++) {
    // Game states are never changed in place: an entry that did not change is the very same object.
    if (before[index] === after[index]) continue;
    if (!sameEntry(before[index], after[index])) {
      ops.push({ op: 'splice', path: path.slice(), from: index, items: after.slice(index) });
      return;
    }
    path.push(index);
    diffInto(before[index], after[index], path, ops);
    path.pop();
  }
  if (after.length !== before.length) {
    ops.push({ op: 'splice', path: path.slice(), from: shared, items: after.slice(shared) });
  }
}

function diffObjects(before: Plain, after: Plain, path: PatchPath, ops: Patch): void {
  for (const key in after) {
    const value = after[key];
    const held = before[key];
    if (value === held) continue;
    path.push(key);
    // JSON drops an undefined property: it is the same as no property at all.
    if (value === undefined) ops.push({ op: 'remove', path: path.slice() });
    else if (held === undefined) ops.push({ op: 'set', path: path.slice(), value });
    else diffInto(held, value, path, ops);
    path.pop();
  }
  for (const key in before) {
    if (before[key] !== undefined && !(key in after)) ops.push({ op: 'remove', path: [...path, key] });
  }
}

/** Appends to `ops` what turns `before` into `after`, both under `path` (which it leaves as it found it). */
export function diffInto(before: unknown, after: unknown, path: PatchPath, ops: Patch): void {
  if (Object.is(before, after)) return;
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) {
    ops.push({ op: 'set', path: path.slice(), value: after });
  } else if (Array.isArray(before) && Array.isArray(after)) diffArrays(before, after, path, ops);
  else if (!Array.isArray(before) && !Array.isArray(after))
    diffObjects(before as Plain, after as Plain, path, ops);
  else ops.push({ op: 'set', path: path.slice(), value: after });
}

/** What turns `before` into `after`: empty when they are deeply equal. */
export function patchOf(before: unknown, after: unknown): Patch {
  const ops: Patch = [];
  diffInto(before, after, [], ops);
  return ops;
}

/** What an operation that does not fit gives (null is a value a patch may set). */
const MISFIT: unique symbol = Symbol('misfit');

/** Keys that would reach an object's prototype instead of the object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A copy of `container` with `key` changed by `change`, or MISFIT when the key cannot be there. */
function withChild(container: unknown, key: string | number, change: (child: unknown) => unknown): unknown {
  if (Array.isArray(container)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= container.length)
      return MISFIT;
    const child = change(container[key]);
    if (child === MISFIT) return MISFIT;
    const copy = container.slice();
    copy[key] = child;
    return copy;
  }
  if (
    !isPlain(container) ||
    typeof key !== 'string' ||
    FORBIDDEN_KEYS.has(key) ||
    !Object.hasOwn(container, key)
  )
    return MISFIT;
  const child = change(container[key]);
  if (child === MISFIT) return MISFIT;
  return { ...container, [key]: child };
}

/** The operation applied at the end of its path; MISFIT when it does not fit what is held. */
function applyAt(node: unknown, op: PatchOp, depth: number): unknown {
  const { path } = op;
  if (depth === path.length) {
    if (op.op === 'set') return op.value;
    if (op.op === 'splice') {
      if (!Array.isArray(node) || !Array.isArray(op.items)) return MISFIT;
      if (!Number.isInteger(op.from) || op.from < 0 || op.from > node.length) return MISFIT;
      return [...node.slice(0, op.from), ...op.items];
    }
    return MISFIT;
  }
  const key = path[depth]!;
  if (op.op === 'remove' && depth === path.length - 1) {
    if (!isPlain(node) || typeof key !== 'string' || !Object.hasOwn(node, key)) return MISFIT;
    const { [key]: _removed, ...rest } = node;
    return rest;
  }
  if (op.op === 'set' && depth === path.length - 1 && isPlain(node) && typeof key === 'string') {
    // A new key: the one place a path may name what is not held yet.
    if (FORBIDDEN_KEYS.has(key)) return MISFIT;
    return { ...node, [key]: op.value };
  }
  return withChild(node, key, (child) => applyAt(child, op, depth + 1));
}

/**
 * `held` with the patch applied, sharing every part the patch does not touch (so what renders from an
 * unchanged part need not render again); null when the patch does not fit what is held (something was
 * missed: resync).
 */
export function applyPatch<T>(held: T, patch: readonly PatchOp[]): T | null {
  let value: unknown = held;
  if (!Array.isArray(patch)) return null;
  for (const op of patch) {
    // What came over the network is checked for shape as it is applied: a malformed operation does not fit.
    const raw: unknown = op;
    if (!isPlain(raw) || !Array.isArray(raw.path)) return null;
    value = applyAt(value, op, 0);
    if (value === MISFIT) return null;
  }
  return value as T;
}

import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CommandSchema } from '../../../shared/protocol/commands.ts';
import { quickParser, uncoveredParts } from '../../../shared/protocol/quick-parse.ts';
import { runHeadlessGame } from '../../../shared/sim/headless.ts';
import { SAMPLE_SHEETS } from '../../fixtures/sample-sheets.ts';

/** Every value as written, so key order, `undefined` members and -0 all count. */
function exactly(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value)) return `[${value.map(exactly).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, entry]) => `${JSON.stringify(key)}:${exactly(entry)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const coverage = new WeakMap<z.ZodType, boolean>();
const covered = (schema: z.ZodType) =>
  coverage.get(schema) ?? coverage.set(schema, uncoveredParts(schema).length === 0).get(schema)!;

/**
 * The quick parse answers as zod does, and without asking zod when zod accepts (a check stricter than the
 * schema would give the same answers through zod, only slower).
 */
function sameAnswer(
  schema: z.ZodType,
  parse: (input: unknown) => z.ZodSafeParseResult<unknown>,
  input: unknown,
) {
  const zod = schema.safeParse(input);
  const askedZod = vi.spyOn(schema, 'safeParse');
  const quick = parse(input);
  if (zod.success && covered(schema)) expect(askedZod).not.toHaveBeenCalled();
  askedZod.mockRestore();
  expect(quick.success).toBe(zod.success);
  if (zod.success && quick.success) expect(exactly(quick.data)).toBe(exactly(zod.data));
  else if (!zod.success && !quick.success) expect(quick.error.issues).toEqual(zod.error.issues);
  return zod.success;
}

const envelope = { commandId: 'c-1', version: 4 };
/** Commands bots make (every kind of statement, message, proposal and sheet), and the host's. */
const corpus: unknown[] = [
  ...[3, 11].flatMap((seed) =>
    runHeadlessGame({ seed, engine: 'machine' }).log.flatMap((event) =>
      'command' in event ? [event.command] : [],
    ),
  ),
  ...Object.values(SAMPLE_SHEETS).map((move) => ({ ...envelope, type: 'move:submit', move })),
  { ...envelope, type: 'chat:team', message: { text: '  sell on Tuesday  ' } },
  {
    ...envelope,
    type: 'deal:counter',
    proposalId: 'p3',
    proposal: { terms: [{ kind: 'noNetSales', role: 'tokyo' }], durationRounds: 2 },
  },
  { ...envelope, type: 'deal:reject', proposalId: 'p3' },
  { ...envelope, type: 'deal:withdraw', proposalId: 'p3' },
  { ...envelope, type: 'time:request', seconds: 60 },
  ...['host:start', 'host:pause', 'host:resume', 'host:skip', 'host:end'].map((type) => ({
    ...envelope,
    type,
  })),
  { ...envelope, type: 'host:extend', seconds: 30 },
  { ...envelope, type: 'host:inject', shockId: 'rating-downgrade' },
  {
    ...envelope,
    type: 'host:injectCustom',
    shock: { headline: ' Port strike ', kind: 'rumour', effect: { yieldBp: 12.5, usdJpyPct: -0.5 } },
  },
  { ...envelope, type: 'host:grantTime', requestId: 't12' },
  { ...envelope, type: 'host:extendedTime', role: 'usBusiness', extended: true },
];

const hostile = fc.constantFrom<unknown>(
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  12.5,
  -1,
  0,
  151,
  '100',
  '',
  '   ',
  ' x ',
  'x'.repeat(1001),
  null,
  undefined,
  true,
  [],
  {},
  ['tokyo', 'tokyo'],
  'tokyo',
  'p1',
  's1',
  'none',
  'hint',
);

type Mutation = { at: number; kind: 'drop' | 'set' | 'add' | 'proto'; value: unknown };
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('drop', 'set', 'add', 'proto'),
  value: hostile,
});

/** Every object and array inside a value, the value first. */
function containers(value: unknown): (Record<string, unknown> | unknown[])[] {
  if (!value || typeof value !== 'object') return [];
  return [value as Record<string, unknown>, ...Object.values(value).flatMap(containers)];
}

function mutate(command: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(command);
  for (const { at, kind, value: hostileValue } of mutations) {
    const value = structuredClone(hostileValue);
    const places = containers(copy);
    const place = places[at % places.length]!;
    const keys = Object.keys(place);
    const key = keys.length ? keys[at % keys.length]! : '0';
    if (kind === 'drop') delete (place as Record<string, unknown>)[key];
    else if (kind === 'set') (place as Record<string, unknown>)[key] = value;
    else if (kind === 'add') (place as Record<string, unknown>).extra = value;
    else
      Object.defineProperty(place, '__proto__', {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
  }
  return copy;
}

describe('the quick command parse', () => {
  const parse = quickParser(CommandSchema);

  it('covers the whole command union, so no part of a command falls back to zod', () => {
    expect(uncoveredParts(CommandSchema)).toEqual([]);
  });

  it("gives zod's output for every command bots and hosts make", () => {
    expect(corpus.length).toBeGreaterThan(100);
    const kinds = new Set(corpus.map((command) => (command as { type: string }).type));
    expect([...kinds].sort()).toEqual(CommandSchema.options.map((option) => option.shape.type.value).sort());
    for (const command of corpus) expect(sameAnswer(CommandSchema, parse, command)).toBe(true);
  });

  it('gives the same answer as zod, refusals word for word, on mutated commands', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(corpus.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (index, mutations) => {
          if (sameAnswer(CommandSchema, parse, mutate(corpus[index], mutations))) accepted++;
          else refused++;
        },
      ),
      { numRuns: 3000, seed: 17 },
    );
    // Both sides of the check are exercised: mutations zod lets through (a stripped or same-valued key) and refusals.
    // (91 of the 3,000 since bots stopped repeating their public lines: the corpus has fewer statements.)
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(1000);
  });

  it('agrees with zod at every bound a command field has', () => {
    // Numbers and lengths on either side of the protocol's bounds, set in every leaf of one command of each kind.
    const numbers = [0, 1, 2, 12, 15, 20, 25, 30, 50, 100, 150, 200, 300, 500, 600, 1000].flatMap((bound) => [
      bound - 1,
      bound,
      bound + 1,
      -bound,
    ]);
    const texts = [1, 32, 40, 64, 140, 500, 1000].flatMap((length) => [
      'x'.repeat(length),
      'x'.repeat(length + 1),
    ]);
    const firstOfEach = new Map(corpus.map((command) => [(command as { type: string }).type, command]));
    let tried = 0;
    for (const command of firstOfEach.values()) {
      const leaves = containers(command).length;
      for (let at = 0; at < leaves * 8; at++) {
        const place = containers(command)[at % leaves]!;
        const leaf = Object.values(place)[Math.floor(at / leaves) % Math.max(1, Object.keys(place).length)];
        const values = typeof leaf === 'number' ? numbers : typeof leaf === 'string' ? texts : [];
        for (const value of values) {
          sameAnswer(CommandSchema, parse, mutate(command, [{ at, kind: 'set', value }]));
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(5000);
  });

  it("trims text as zod does and keeps the schema's key order", () => {
    const command = {
      version: 2,
      statement: { signal: 'hint', text: '  we will hold  ' },
      type: 'chat:statement',
      commandId: 'a',
    };
    const result = parse(command);
    expect(result.success && Object.keys(result.data)).toEqual(['commandId', 'version', 'type', 'statement']);
    expect(result.success && result.data.type === 'chat:statement' && result.data.statement.text).toBe(
      'we will hold',
    );
  });

  it('leaves to zod what it cannot write, and still answers as zod does', () => {
    const schema = z.object({
      name: z.string().default('anon'),
      shout: z.string().transform((text) => text.toUpperCase()),
      size: z.number().superRefine((size, context) => {
        if (size > 3) context.addIssue({ code: 'custom', message: 'too big' });
      }),
      email: z.email().optional(),
      loose: z.looseObject({ a: z.number() }),
    });
    expect(uncoveredParts(schema)).toEqual(['(root)']);
    const quick = quickParser(schema);
    for (const input of [
      { shout: 'hi', size: 1, loose: { a: 1, b: 2 } },
      { shout: 'hi', size: 4, loose: { a: 1 } },
      { name: 'x', shout: 'hi', size: 2, email: 'not an address', loose: { a: 1 } },
    ])
      sameAnswer(schema, quick, input);
    const nested = z.strictObject({
      id: z.string().max(3),
      at: z.iso.datetime(),
      tags: z.array(z.string().trim()),
    });
    expect(uncoveredParts(nested)).toEqual(['.at']);
    sameAnswer(nested, quickParser(nested), { id: 'abc', at: '2026-12-02T10:00:00Z', tags: [' a '] });
  });
});

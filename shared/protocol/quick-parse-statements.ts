import type { z } from 'zod';

/**
 * The statements `quickParser` (quick-parse.ts) writes for a schema's leaves (strings, numbers, booleans,
 * literals, enums) and for its checks (bounds, patterns, overwrites, refinements), each read from the
 * schema's own definition. A statement refuses with `return R;`, R being the written check's "zod, say why".
 * Anything not read here comes back null: the schema is then zod's to parse.
 */

export type AnySchema = z.ZodType;

export interface Definition {
  type: string;
  checks?: readonly { _zod: { def: CheckDefinition; traits: Set<string> } }[];
  [key: string]: unknown;
}
interface CheckDefinition {
  check: string;
  [key: string]: unknown;
}

export const definition = (schema: AnySchema) => schema._zod.def as unknown as Definition;

export const isString = (value: unknown): value is string => typeof value === 'string';

/** Refuses anything but a plain object (JSON's kind): zod takes class instances, the written check leaves them to it. */
export function plainObjectGuard(input: string): string[] {
  return [
    `if (typeof ${input} !== 'object' || ${input} === null || Array.isArray(${input})) return R;`,
    `{ const p = Object.getPrototypeOf(${input}); if (p !== Object.prototype && p !== null) return R; }`,
  ];
}

/**
 * A plain `.optional()` (not exact, no checks of its own, around nothing defaulted): absent or undefined
 * is accepted as is.
 */
export function isPlainOptional(schema: AnySchema): boolean {
  const def = definition(schema);
  return (
    def.type === 'optional' &&
    (def.checks ?? []).length === 0 &&
    !schema._zod.traits.has('$ZodExactOptional') &&
    (def.innerType as AnySchema)._zod.optin !== 'defaulted'
  );
}

/** Statements for a leaf's type, or null for a schema that is not a leaf written here. */
export function leafStatements(
  schema: AnySchema,
  def: Definition,
  input: string,
  output: string,
  constant: (value: unknown) => string,
): string[] | null {
  const accept = `let ${output} = ${input};`;
  if (def.coerce || def.format) return null;
  switch (def.type) {
    case 'string':
      return [`if (typeof ${input} !== 'string') return R;`, accept];
    case 'number':
      return [`if (typeof ${input} !== 'number' || !Number.isFinite(${input})) return R;`, accept];
    case 'boolean':
      return [`if (typeof ${input} !== 'boolean') return R;`, accept];
    case 'never':
      return ['return R;', accept];
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) return null;
      const test = [...values].every(isString)
        ? [...values].map((value) => `${input} !== ${JSON.stringify(value)}`).join(' && ') || 'true'
        : `!${constant(values)}.has(${input})`;
      return [`if (${test}) return R;`, accept];
    }
    default:
      return null;
  }
}

/** The statements of a schema's checks on `value`, in zod's order; null if one is not known here. */
export function checkStatements(
  def: Definition,
  value: string,
  constant: (value: unknown) => string,
): string[] | null {
  const lines: string[] = [];
  for (const check of def.checks ?? []) {
    const line = checkStatement(check._zod.def, check._zod.traits, value, constant);
    if (line === null) return null;
    lines.push(line);
  }
  return lines;
}

function checkStatement(
  check: CheckDefinition,
  traits: Set<string>,
  value: string,
  constant: (value: unknown) => string,
): string | null {
  const bound = (name: string) => (typeof check[name] === 'number' ? String(check[name]) : null);
  switch (check.check) {
    case 'min_length':
      return bound('minimum') && `if (${value}.length < ${bound('minimum')}) return R;`;
    case 'max_length':
      return bound('maximum') && `if (${value}.length > ${bound('maximum')}) return R;`;
    case 'greater_than':
      return bound('value') && `if (!(${value} ${check.inclusive ? '>=' : '>'} ${bound('value')})) return R;`;
    case 'less_than':
      return bound('value') && `if (!(${value} ${check.inclusive ? '<=' : '<'} ${bound('value')})) return R;`;
    case 'number_format':
      return check.format === 'safeint' ? `if (!Number.isSafeInteger(${value})) return R;` : null;
    case 'string_format': {
      if (check.format !== 'regex' || !(check.pattern instanceof RegExp)) return null;
      const pattern = constant(check.pattern);
      return `${pattern}.lastIndex = 0; if (!${pattern}.test(${value})) return R;`;
    }
    case 'overwrite':
      return typeof check.tx === 'function' ? `${value} = ${constant(check.tx)}(${value});` : null;
    case 'custom': {
      // A `.refine`: its predicate on the parsed value. A promise, or a check of another make, is zod's.
      if (!traits.has('$ZodCustom') || typeof check.fn !== 'function' || check.when) return null;
      return `{ const c = ${constant(check.fn)}(${value}); if (!c || c instanceof Promise) return R; }`;
    }
    default:
      return null;
  }
}

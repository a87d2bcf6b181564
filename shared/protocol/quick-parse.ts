import type { z } from 'zod';
import {
  type AnySchema,
  checkStatements,
  type Definition,
  definition,
  isPlainOptional,
  isString,
  leafStatements,
  plainObjectGuard,
} from './quick-parse-statements.ts';

/**
 * A zod schema's parse, made fast for the inputs it accepts. The server parses every command a socket
 * sends; zod's parse of the command union costs 40–120 µs a command in the loaded server (its parsers
 * are shared by every schema of the protocol, so they run megamorphic and cold) against under 10 µs for
 * a check written for the one schema. `quickParser` writes that check from the schema's own definition
 * (types, bounds, patterns, its refinements, strict or stripped keys), as plain code with one function
 * per object, so the schema stays the single statement of what a command may be.
 *
 * The check only ever says "accepted, and this is what zod would give": on any input it does not accept,
 * or any construct it does not know, zod itself parses, so every refusal is zod's, word for word. What it
 * gives for an accepted input is zod's output exactly: a new object with the schema's keys in the
 * schema's order, strings after their overwrites (`trim`), unknown keys dropped where zod strips them.
 * test/shared/protocol/quick-parse.test.ts holds the two to the same answers on mutated commands.
 */

type Check = (value: unknown) => unknown;
/** What the written check returns for an input it does not accept (zod will say why). */
const REFUSED: unique symbol = Symbol('refused');

/** `schema.safeParse`, answered by the written check whenever it accepts the input. */
export function quickParser<S extends AnySchema>(
  schema: S,
): (input: unknown) => z.ZodSafeParseResult<z.output<S>> {
  let check: Check | null = null;
  return (input) => {
    // Written at the first parse, not at import: a page whose policy forbids eval never parses commands.
    check ??= writtenCheck(schema);
    let value: unknown;
    try {
      value = check(input);
    } catch {
      value = REFUSED; // a refinement that throws on an input zod refuses before reaching it
    }
    if (value === REFUSED) return schema.safeParse(input);
    return { success: true, data: value as z.output<S> };
  };
}

/** The parts of a schema left to zod, by path: none for a schema the written check covers whole. */
export function uncoveredParts(schema: AnySchema): string[] {
  const writer = new CheckWriter();
  writer.write(schema, '');
  return writer.uncovered;
}

function writtenCheck(schema: AnySchema): Check {
  const writer = new CheckWriter();
  const entry = writer.write(schema, '');
  try {
    const source = `"use strict";\n${writer.functions.join('\n')}\nreturn ${entry};`;
    return new Function('k', 'R', source)(writer.constants, REFUSED) as Check;
  } catch {
    return () => REFUSED; // no eval here (a content security policy): zod parses everything
  }
}

/** Writes one function per composite schema; a leaf (string, number, …) is checked inline. */
class CheckWriter {
  readonly functions: string[] = [];
  /** Regexes, value sets, refinements and zod's own parsers, which the written code reaches as `k[i]`. */
  readonly constants: unknown[] = [];
  readonly uncovered: string[] = [];
  private names = 0;

  /** The name of a function that checks `schema`'s values (zod's parse, when nothing here covers it). */
  write(schema: AnySchema, path: string): string {
    return this.composite(schema, path) ?? this.named([...this.inline(schema, 'x', 'y', path), 'return y;']);
  }

  private named(body: string[]): string {
    const name = `f${this.names++}`;
    this.functions.push(`function ${name}(x) {\n${body.join('\n')}\n}`);
    return name;
  }

  private constant(value: unknown): string {
    this.constants.push(value);
    return `k[${this.constants.length - 1}]`;
  }

  /** Statements that check `input` and leave zod's output for it in a new variable `output`. */
  private inline(schema: AnySchema, input: string, output: string, path: string): string[] {
    const def = definition(schema);
    const constant = (value: unknown) => this.constant(value);
    const leaf = leafStatements(schema, def, input, output, constant);
    if (leaf) {
      const checks = checkStatements(def, output, constant);
      if (checks) return [...leaf, ...checks];
    } else if (isPlainOptional(schema)) {
      const inner = this.inline(def.innerType as AnySchema, input, `${output}_`, path);
      return [`let ${output};`, `if (${input} !== undefined) {`, ...inner, `${output} = ${output}_;`, '}'];
    } else {
      const name = this.composite(schema, path);
      if (name) return [`const ${output} = ${name}(${input});`, `if (${output} === R) return R;`];
    }
    this.uncovered.push(path || '(root)');
    const zod = this.constant((value: unknown) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : REFUSED;
    });
    return [`const ${output} = ${zod}(${input});`, `if (${output} === R) return R;`];
  }

  /** The name of a function for an object, array, record or union written here, or null. */
  private composite(schema: AnySchema, path: string): string | null {
    const def = definition(schema);
    if (!['object', 'array', 'record', 'union'].includes(def.type)) return null;
    // Its own checks first: if one cannot be read, zod parses the whole, and no child is written for nothing.
    const checks = checkStatements(def, 'y', (value) => this.constant(value));
    if (!checks) return null;
    const body =
      def.type === 'object'
        ? this.object(def, path)
        : def.type === 'array'
          ? this.array(def, path)
          : def.type === 'record'
            ? this.record(def, path)
            : this.union(def, path);
    return body && this.named([...body, ...checks, 'return y;']);
  }

  private object(def: Definition, path: string): string[] | null {
    const catchall = def.catchall as AnySchema | undefined;
    const strict = catchall !== undefined && definition(catchall).type === 'never';
    if (catchall !== undefined && !strict) return null; // a catchall schema keeps other keys: zod's
    const shape = def.shape as Record<string, AnySchema>;
    const keys = Object.keys(shape);
    // Anything optional but a plain `.optional()` (a default, an optional union) is zod's to fill in.
    if (
      keys.some(
        (key) =>
          key === '__proto__' || (shape[key]!._zod.optin !== undefined && !isPlainOptional(shape[key]!)),
      )
    )
      return null;
    const lines = [...plainObjectGuard('x')];
    if (strict)
      lines.push(
        `for (const key in x) switch (key) { ${keys.map((key) => `case ${JSON.stringify(key)}:`).join(' ')} break; default: return R; }`,
      );
    lines.push('let y = {};');
    keys.forEach((key, index) => {
      const field = shape[key]!;
      const name = JSON.stringify(key);
      const fieldPath = `${path}.${key}`;
      if (isPlainOptional(field)) {
        const inner = this.inline(
          definition(field).innerType as AnySchema,
          `x${index}`,
          `y${index}`,
          fieldPath,
        );
        lines.push(
          `if (${name} in x) {`,
          `const x${index} = x[${name}];`,
          `if (x${index} === undefined) y[${name}] = undefined; else {`,
        );
        lines.push(...inner, `y[${name}] = y${index};`, '}', '}');
      } else {
        lines.push(`if (!(${name} in x)) return R;`, `const x${index} = x[${name}];`);
        lines.push(...this.inline(field, `x${index}`, `y${index}`, fieldPath), `y[${name}] = y${index};`);
      }
    });
    return lines;
  }

  private array(def: Definition, path: string): string[] {
    const element = this.inline(def.element as AnySchema, 'e', 'v', `${path}[]`);
    return [
      'if (!Array.isArray(x)) return R;',
      'let y = new Array(x.length);',
      'for (let i = 0; i < x.length; i++) {',
      'const e = x[i];',
      ...element,
      'y[i] = v;',
      '}',
    ];
  }

  private record(def: Definition, path: string): string[] | null {
    // Enumerated keys, partial and loose records have rules of their own: zod's.
    if ((def.keyType as AnySchema)._zod.values || def.partial || def.mode === 'loose') return null;
    const key = this.inline(def.keyType as AnySchema, 'n', 'm', `${path}{key}`);
    const entry = this.inline(def.valueType as AnySchema, 'e', 'v', `${path}{}`);
    // A `__proto__` key is dropped without a word, as zod drops it (it would set the new object's prototype).
    return [
      ...plainObjectGuard('x'),
      'if (Object.getOwnPropertySymbols(x).length > 0) return R;',
      'let y = {};',
      'for (const n of Object.keys(x)) {',
      "if (n === '__proto__') continue;",
      ...key,
      "if (m === '__proto__') continue;",
      'const e = x[n];',
      ...entry,
      'y[m] = v;',
      '}',
    ];
  }

  private union(def: Definition, path: string): string[] | null {
    const options = def.options as AnySchema[];
    const discriminator = def.discriminator as string | undefined;
    if (def.unionFallback) return null;
    if (discriminator === undefined) {
      if (def.inclusive === false) return null; // an exclusive union wants exactly one option: zod counts
      const names = options.map((option, index) => this.write(option, `${path}|${index}`));
      // The first option that accepts gives the value, as in zod; the union's own checks follow.
      const tries = names.flatMap((name) => [`y = ${name}(x);`, 'if (y !== R) break;']);
      return ['let y;', 'do {', ...tries, 'return R;', '} while (false);'];
    }
    const cases: string[] = [];
    for (const option of options) {
      const tags = (definition(option).shape as Record<string, AnySchema> | undefined)?.[discriminator]?._zod
        .values;
      if (!tags || ![...tags].every(isString)) return null;
      const name = this.write(option, `${path}|${[...tags].join('|')}`);
      cases.push(
        `${[...tags].map((tag) => `case ${JSON.stringify(tag)}:`).join(' ')} y = ${name}(x); break;`,
      );
    }
    const tag = `x[${JSON.stringify(discriminator)}]`;
    return [
      ...plainObjectGuard('x'),
      'let y;',
      `switch (${tag}) {`,
      ...cases,
      'default: return R;',
      '}',
      'if (y === R) return R;',
    ];
  }
}

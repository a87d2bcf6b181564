import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const run = promisify(execFile);
const made: string[] = [];

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

/** Compiles one probe file under shared/'s own settings; returns the compiler's output. */
async function compileUnderSharedRules(source: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'leverage-purity-'));
  made.push(dir);
  await writeFile(join(dir, 'probe.ts'), source);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(ROOT, 'tsconfig.shared.json'), include: [], files: ['probe.ts'] }),
  );
  try {
    await run(TSC, ['--noEmit', '-p', join(dir, 'tsconfig.json')], { cwd: dir, timeout: 60_000 });
    return '';
  } catch (failure) {
    return String((failure as { stdout?: string }).stdout ?? failure);
  }
}

describe('shared/ stays pure by the compiler (tsconfig.shared.json)', () => {
  it('refuses Node and DOM APIs in shared code', async () => {
    const output = await compileUnderSharedRules(
      'export const a = process.env.HOME;\nexport const b = document.title;\nexport const c = setTimeout;\n',
    );
    expect(output).toMatch(/probe\.ts\(1,\d+\).*'process'/);
    expect(output).toMatch(/probe\.ts\(2,\d+\).*'document'/);
    expect(output).toMatch(/probe\.ts\(3,\d+\).*'setTimeout'/);
  }, 60_000);

  it('accepts plain language features', async () => {
    expect(await compileUnderSharedRules('export const total = [1, 2].reduce((a, b) => a + b, 0);\n')).toBe(
      '',
    );
  }, 60_000);

  it('is part of `npm run typecheck`', async () => {
    const scripts = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts;
    expect(scripts.typecheck).toContain('-p tsconfig.shared.json');
    expect(scripts.typecheck).toContain('-p tsconfig.json');
  });
});

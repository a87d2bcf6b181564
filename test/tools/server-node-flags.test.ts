import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serverNodeFlags } from '../../tools/server-node-flags.ts';

describe('serverNodeFlags', () => {
  it("reads the V8 flags between `node` and `--import` in package.json's start script", () => {
    const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }).scripts
      .start;
    const flags = serverNodeFlags();
    // What the bench, the browser tests and the crash test start is npm start's own command.
    expect(['node', ...flags, '--import', 'tsx', 'server/main.ts'].join(' ')).toBe(start);
    expect(flags).toContain('--max-semi-space-size=64');
    expect(flags).toContain('--single-threaded-gc');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The README promises the Node that `engines` names. A package in the lock that asks for a newer one makes
 * `npm ci` warn EBADENGINE and may use syntax or APIs that Node does not have, so the promise would be false.
 */

interface Lock {
  packages: Record<string, { version?: string; engines?: { node?: string } }>;
}

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as Lock;

type Version = [number, number, number];

function versionOf(text: string): Version {
  const parts = text.replace(/^v/, '').split('.');
  const number = (part: string | undefined) =>
    part === undefined || /^[x*]$/i.test(part) ? 0 : Number(part);
  const version: Version = [number(parts[0]), number(parts[1]), number(parts[2])];
  if (version.some((part) => !Number.isInteger(part))) throw new Error(`not a version: "${text}"`);
  return version;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** How many leading parts a partial version like `20`, `20.19`, `6.*` or `20.x` pins. */
function pinnedParts(text: string): number {
  return text
    .replace(/^v/, '')
    .split('.')
    .filter((part) => !/^[x*]$/i.test(part)).length;
}

/** One comparator of an npm range (`>=20.19`, `<23`, `^20.19.0`, `22.x`, `*`), the forms the lock uses. */
function satisfiesComparator(node: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|\^|~|=)?\s*(.+)$/.exec(comparator);
  if (!match?.[2]) throw new Error(`not a comparator: "${comparator}"`);
  const [, operator = '', text] = match;
  if (text === '*' || text === 'x') return true;
  const bound = versionOf(text);
  const order = compare(node, bound);
  switch (operator) {
    case '>=':
      return order >= 0;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '^':
      return order >= 0 && (bound[0] > 0 ? node[0] === bound[0] : node[1] === bound[1]);
    case '~':
      return order >= 0 && node[0] === bound[0] && node[1] === bound[1];
    default: {
      const pinned = pinnedParts(text);
      return node.slice(0, pinned).every((part, index) => part === bound[index]);
    }
  }
}

function satisfiesRange(node: string, range: string): boolean {
  const version = versionOf(node);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|\^|~|=)\s+/g, '$1')
      .split(/\s+/)
      .filter((comparator) => comparator !== '')
      .every((comparator) => satisfiesComparator(version, comparator)),
  );
}

describe('the Node the project declares', () => {
  it('reads npm ranges the way npm does', () => {
    expect(satisfiesRange('20.19.0', '>=20.19 <23')).toBe(true);
    expect(satisfiesRange('23.0.0', '>=20.19 <23')).toBe(false);
    expect(satisfiesRange('20.19.0', '>=22')).toBe(false);
    expect(satisfiesRange('20.19.0', '>=22.12.0')).toBe(false);
    expect(satisfiesRange('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfiesRange('20.18.9', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfiesRange('21.0.0', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfiesRange('20.19.0', '20.x || 22.x')).toBe(true);
    expect(satisfiesRange('21.1.0', '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfiesRange('20.19.0', '>=v12.22.7')).toBe(true);
    expect(satisfiesRange('20.19.0', '*')).toBe(true);
    expect(satisfiesRange('20.19.0', '20 || >=22')).toBe(true);
    expect(satisfiesRange('21.0.0', '20 || >=22')).toBe(false);
  });

  it('is one that every locked package supports: the oldest it admits, and the one running this test', () => {
    const oldest = /^>=\s*(\d+\.\d+(?:\.\d+)?)/.exec(manifest.engines.node)?.[1];
    expect(oldest, `engines.node "${manifest.engines.node}" names no lowest version`).toBeDefined();
    const claimed = [versionOf(oldest ?? '').join('.')];
    if (satisfiesRange(process.versions.node, manifest.engines.node)) claimed.push(process.versions.node);
    const refusing = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const wanted = entry.engines?.node;
      if (path === '' || wanted === undefined) return [];
      return claimed
        .filter((node) => !satisfiesRange(node, wanted))
        .map(
          (node) =>
            `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${wanted}, not ${node}`,
        );
    });
    expect(refusing).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The V8 flags `npm start` gives the server (package.json's `start` script: the options between `node` and
 * `--import`), so a benchmark's server processes run as the real one does. The script is the one place
 * they are stated: one changed there is measured here without being written twice.
 */
export function serverNodeFlags(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = manifest.scripts.start.split(/\s+/).filter(Boolean);
  if (words[0] !== 'node')
    throw new Error(`package.json's start script does not begin with node: ${manifest.scripts.start}`);
  const flags: string[] = [];
  for (const word of words.slice(1)) {
    if (word === '--import' || !word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}

import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { ScratchService } from './scratch-service.ts';
import { freePort } from './server-process.ts';

/**
 * A scratch PostgreSQL for one test file: `initdb` into a temporary folder, `postgres` on 127.0.0.1 at a
 * free port, stopped by its process id and its folder removed at the end. Nothing is skipped when the
 * binaries are missing: the tests fail and say how to install them (`.ci/run` does).
 */
export const INSTALL_HINT =
  'PostgreSQL is needed by the store tests: install it (`apt-get install -y postgresql`, which .ci/run does), ' +
  'or put a folder with initdb and postgres on PATH';

function findBinary(name: string): string {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const installed = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join('/usr/lib/postgresql', version, 'bin'))
    : [];
  for (const folder of [...onPath, ...installed]) {
    const path = join(folder, name);
    if (existsSync(path)) return path;
  }
  throw new Error(`${INSTALL_HINT} (no ${name} found)`);
}

/** PostgreSQL refuses to run as root; as root, the server runs as the `postgres` system user. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(`${INSTALL_HINT} (running as root, and there is no postgres user to run it as)`);
  }
}

const USER = 'leverage';

export class ScratchPostgres {
  private schemas = 0;

  private constructor(
    readonly port: number,
    private readonly service: ScratchService,
  ) {}

  /** What the server printed. */
  get output(): string[] {
    return this.service.output;
  }

  /** `postgres://` address of the server's database. */
  url(): string {
    return `postgres://${USER}@127.0.0.1:${this.port}/postgres`;
  }

  /**
   * A fresh, empty schema, first on the search path of every connection to the address returned: a
   * place of its own for a test (CREATE DATABASE takes a second here, a schema milliseconds).
   */
  async freshSchema(): Promise<string> {
    const name = `leverage_${++this.schemas}`;
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA ${name}`);
    } finally {
      await client.end();
    }
    return `${this.url()}?options=${encodeURIComponent(`-c search_path=${name}`)}`;
  }

  static async start(timeoutMs = 20_000): Promise<ScratchPostgres> {
    const initdb = findBinary('initdb');
    const postgres = findBinary('postgres');
    const owner = runAs();
    const folder = mkdtempSync(join(tmpdir(), 'leverage-pg-'));
    const data = join(folder, 'data');
    if (owner) chownSync(folder, owner.uid, owner.gid);
    const as = owner ?? {};
    try {
      // --no-sync and fsync=off: a scratch database that no test expects to survive a power cut.
      execFileSync(initdb, ['-D', data, '-U', USER, '--auth=trust', '-E', 'UTF8', '--no-sync'], {
        ...as,
        stdio: 'pipe',
      });
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr ?? error}`);
    }
    const port = await freePort();
    const server = spawn(
      postgres,
      ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', folder, '-F', '-c', 'max_connections=50'],
      { ...as, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const scratch = new ScratchPostgres(port, new ScratchService('postgres', folder, server, 'SIGINT'));
    await scratch.service.until(() => scratch.accepts(), timeoutMs);
    return scratch;
  }

  private async accepts(): Promise<boolean> {
    const client = new pg.Client({ connectionString: this.url() });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await client.end().catch(() => {});
      return false;
    }
  }

  /** Fast shutdown (SIGINT) by process id, then the folder goes; SIGKILL if it takes over 5 s. */
  stop(): Promise<void> {
    return this.service.stop();
  }
}

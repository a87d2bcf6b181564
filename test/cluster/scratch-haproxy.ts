import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScratchService } from '../durability/scratch-service.ts';
import { freePort } from '../durability/server-process.ts';

const DEPLOY_GUIDE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'deploy.md');

/**
 * The HAProxy configuration docs/deploy.md gives, read from the guide itself (the block after
 * "/etc/haproxy/haproxy.cfg"), so the test checks what readers copy. Only addresses change: the frontend
 * binds `listen`, and the guide's node lines, in order, point at `nodes` (the guide's other lines go).
 */
export function documentedConfig(listen: string, nodes: readonly string[]): string {
  const guide = readFileSync(DEPLOY_GUIDE, 'utf8');
  const block = /`\/etc\/haproxy\/haproxy\.cfg`:\n\n```\n([\s\S]*?)```/.exec(guide)?.[1];
  if (!block) throw new Error('docs/deploy.md has no HAProxy configuration block');
  let node = 0;
  const lines = block.split('\n').flatMap((line) => {
    if (/^\s*bind\s/.test(line)) return [line.replace(/bind\s+\S+/, `bind ${listen}`)];
    const server = /^(\s*server\s+\S+\s+)(\S+)(.*)$/.exec(line);
    if (!server) return [line];
    const address = nodes[node++];
    return address ? [`${server[1]}${address}${server[3]}`] : [];
  });
  if (node < nodes.length) throw new Error(`the guide names ${node} nodes, not ${nodes.length}`);
  return lines.join('\n');
}

/** HAProxy (`/usr/sbin/haproxy`, from apt) in the foreground on 127.0.0.1 at a free port, stopped by its process id. */
export class ScratchHaproxy {
  private constructor(
    readonly port: number,
    readonly config: string,
    private readonly service: ScratchService,
  ) {}

  url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(nodes: readonly string[], timeoutMs = 10_000): Promise<ScratchHaproxy> {
    const binary = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((path) => existsSync(path));
    if (!binary)
      throw new Error('HAProxy is needed by this test: `apt-get install -y haproxy` (.ci/run does)');
    const folder = mkdtempSync(join(tmpdir(), 'leverage-haproxy-'));
    const port = await freePort();
    const config = documentedConfig(`127.0.0.1:${port}`, nodes);
    const file = join(folder, 'haproxy.cfg');
    writeFileSync(file, config);
    const child = spawn(binary, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const haproxy = new ScratchHaproxy(port, config, new ScratchService('haproxy', folder, child, 'SIGTERM'));
    await haproxy.service.until(() => haproxy.answers(), timeoutMs);
    return haproxy;
  }

  /** The nodes' health answered through the balancer. */
  private async answers(): Promise<boolean> {
    try {
      return (await fetch(`${this.url()}/healthz`, { signal: AbortSignal.timeout(1000) })).ok;
    } catch {
      return false;
    }
  }

  stop(): Promise<void> {
    return this.service.stop();
  }
}

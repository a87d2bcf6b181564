import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { NodeRequest } from '../../server/cluster/relay.ts';
import { PostgresGameStore } from '../../server/store/postgres-store.ts';
import { ScratchPostgres } from '../durability/postgres.ts';
import { ScratchRedis } from '../durability/redis.ts';
import { freePort, ServerProcess } from '../durability/server-process.ts';

/** One node of a scratch cluster: `server/main.ts` as a child process, and where it listens. */
export interface ScratchNode {
  id: string;
  port: number;
  url: string;
  process: ServerProcess;
}

/**
 * Several nodes (`server/main.ts` as child processes) on one scratch Redis and one scratch PostgreSQL,
 * all on 127.0.0.1 at free ports, as docs/deploy.md "Many nodes" configures them. Stopped by process id.
 */
export class ScratchCluster {
  readonly nodes: ScratchNode[] = [];

  private constructor(
    readonly redis: ScratchRedis,
    readonly postgres: ScratchPostgres,
    readonly databaseUrl: string,
  ) {}

  static async start(nodeIds: readonly string[], env: Record<string, string> = {}): Promise<ScratchCluster> {
    const [redis, postgres] = await Promise.all([ScratchRedis.start(), ScratchPostgres.start()]);
    const cluster = new ScratchCluster(redis, postgres, await postgres.freshSchema());
    try {
      await Promise.all(nodeIds.map((id) => cluster.startNode(id, env)));
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** A node by its id. */
  node(id: string): ScratchNode {
    const node = this.nodes.find((candidate) => candidate.id === id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  }

  /** A store on the cluster's database, to read what the nodes wrote (closed by the caller). */
  store(): PostgresGameStore {
    return new PostgresGameStore({ connectionString: this.databaseUrl });
  }

  /**
   * Sends a node a request over the relay (server/cluster/relay.ts) as another node would, from one
   * nobody hears: a test sends the same request (one request id, as forward.ts keeps for every try) to
   * the node that dies and to the node that takes over, as if the answer of the first had been lost.
   */
  async relay(node: string, request: NodeRequest): Promise<void> {
    const redis = createClient({ url: this.redis.url() });
    await redis.connect();
    try {
      await redis.publish(
        `leverage:node:${node}`,
        JSON.stringify({ id: randomUUID(), from: 'node-elsewhere', request }),
      );
    } finally {
      await redis.close();
    }
  }

  private async startNode(id: string, env: Record<string, string>): Promise<void> {
    const port = await freePort();
    const process = await ServerProcess.start(
      {
        PORT: String(port),
        LEVERAGE_DATABASE_URL: this.databaseUrl,
        LEVERAGE_REDIS_URL: this.redis.url(),
        LEVERAGE_NODE_ID: id,
        LEVERAGE_BOT_DELAY_MS: '100',
        ...env,
      },
      // Generous: a node compiles the server with tsx at start, slow on a loaded 2-core machine.
      40_000,
    );
    this.nodes.push({ id, port, url: `http://127.0.0.1:${port}`, process });
  }

  /** Every node killed (a paused one is let run first, so that it can die), then the services stopped. */
  async stop(): Promise<void> {
    for (const node of this.nodes) {
      node.process.resume();
      await node.process.kill();
    }
    await Promise.all([this.redis.stop(), this.postgres.stop()]);
  }
}

import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * A service a test file starts for itself (PostgreSQL, Redis): its process, its scratch folder and what it
 * printed. It is stopped by its process id, and never outlives the test process.
 */
export class ScratchService {
  readonly output: string[] = [];
  private readonly exited: Promise<void>;
  private gone = false;

  /** `stopSignal`: the service's own clean shutdown (PostgreSQL's fast one is SIGINT, Redis's SIGTERM). */
  constructor(
    private readonly name: string,
    private readonly folder: string,
    private readonly child: ChildProcess,
    private readonly stopSignal: NodeJS.Signals,
  ) {
    for (const stream of [child.stdout, child.stderr])
      stream?.on('data', (chunk: Buffer) => this.output.push(...String(chunk).split('\n').filter(Boolean)));
    this.exited = new Promise((done) =>
      child.once('exit', () => {
        this.gone = true;
        done();
      }),
    );
    // Whatever happens to the test, the service does not outlive this process.
    process.once('exit', () => this.kill());
  }

  /**
   * Tries `accepts` every 50 ms until it answers true; fails with what the service printed if it exits
   * or the time runs out, and then stops it.
   */
  async until(accepts: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    try {
      for (;;) {
        if (this.gone) throw new Error(`${this.name} exited while starting:\n${this.output.join('\n')}`);
        if (await accepts()) return;
        if (performance.now() > deadline)
          throw new Error(`${this.name} did not answer in ${timeoutMs} ms:\n${this.output.join('\n')}`);
        await new Promise((wait) => setTimeout(wait, 50));
      }
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  private kill(): void {
    if (this.child.exitCode === null && this.child.pid !== undefined) {
      try {
        process.kill(this.child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }

  /** The clean shutdown by process id, then the folder goes; SIGKILL if it takes over 5 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null && this.child.pid !== undefined) {
      process.kill(this.child.pid, this.stopSignal);
      const timer = setTimeout(() => this.kill(), 5000);
      await this.exited;
      clearTimeout(timer);
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}

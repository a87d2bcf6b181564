/** Messages between the load benchmark and its server process (IPC). */

export interface MemoryFigures {
  rssMb: number;
  heapUsedMb: number;
}

/** Garbage-collection pauses of one kind over a window: how many, their sum and the longest. */
export interface GcPauses {
  count: number;
  totalMs: number;
  maxMs: number;
}

/** What the server process measured over a window of the run. */
export interface ServerWindow {
  elapsedMs: number;
  /** CPU time (user + system) over wall time; 100 is one core busy all the time. */
  cpuPercent: number;
  eventLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number; meanMs: number };
  /**
   * The collector's pauses on the server's thread, young generation (scavenges) and full (mark-compact),
   * to tell an event-loop stall that is a collection from one that is work; null where not measured.
   */
  gc: { scavenges: GcPauses; full: GcPauses } | null;
  peak: MemoryFigures;
  /**
   * The process's write system calls (nearly all socket writes; a wake-up from another thread is one too)
   * and the bytes they wrote, from the kernel's count (`/proc/self/io`): exact, unlike CPU time on a shared
   * machine; null where there is no such file.
   */
  writes: { calls: number; bytes: number } | null;
}

export type ServerRequest =
  | { type: 'window-start'; id: number }
  | { type: 'window-end'; id: number }
  /** Memory after forced collections; `release` first lets every game go (as the idle sweep would). */
  | { type: 'memory'; id: number; release: boolean }
  | { type: 'exit'; id: number };

export type ServerReply =
  | { type: 'ready'; port: number; memory: MemoryFigures }
  | { type: 'ok'; id: number }
  | { type: 'window'; id: number; window: ServerWindow; connections: number }
  | { type: 'memory'; id: number; memory: MemoryFigures; games: number; recoveryPackets: number }
  | { type: 'error'; id: number; message: string };

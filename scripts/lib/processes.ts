/** What the measuring scripts (bench.ts, measure-startup-rss.ts) share: free ports, process groups, RSS. */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port nothing listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** Stops a process started with `detached: true` and its children (its process group): SIGTERM, SIGKILL after 10 s. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  if (child.pid === process.pid || child.pid <= 1) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = sleep(10_000).then(() => 'timeout' as const);
  if ((await Promise.race([exited.then(() => 'exited' as const), timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch { /* gone */ }
    await exited;
  }
}

/** A process's resident memory in MB (VmRSS of /proc/<pid>/status), or null once it has gone. */
export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

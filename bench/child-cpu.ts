// CPU seconds used so far by every process this one started (in the benches: Chromium's), from /proc
// (Linux; 0 elsewhere). On a shared machine CPU time moves far less with the load than wall time does.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

export function childCpuSeconds(): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  const procs = new Map<number, { parent: number; cpu: number }>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state, ppid, … utime (14th), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(pid), { parent: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS });
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, { cpu }] of procs) {
    for (let at = procs.get(pid); at; at = procs.get(at.parent)) {
      if (at.parent === process.pid) {
        total += cpu;
        break;
      }
    }
  }
  return total;
}

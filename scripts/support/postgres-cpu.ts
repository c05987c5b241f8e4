import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

// CPU used so far by the local PostgreSQL server's processes, from /proc (Linux only): what a
// benchmark's statements cost on the database's side of the connection, on the same cores as
// the app. undefined where it cannot be read (not Linux, or no local server).

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux the benchmarks run on

/** Milliseconds of CPU (user + system) of every process named `postgres` now running. */
export function postgresCpuMs(): number | undefined {
  if (os.platform() !== "linux") return undefined;
  let ticks = 0;
  let found = false;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres") continue;
      ticks += cpuTicks(readFileSync(`/proc/${pid}/stat`, "utf8"));
      found = true;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
}

/** utime + stime of a /proc/<pid>/stat line (fields 14 and 15; the name in parentheses may hold spaces). */
export function cpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name, field 3 (state) is index 0: utime (14) is index 11, stime (15) index 12.
  return Number(fields[11]) + Number(fields[12]);
}

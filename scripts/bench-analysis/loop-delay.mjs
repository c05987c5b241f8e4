// Preloaded into the server by the analysis benchmark (NODE_OPTIONS=--import): how long the
// request thread's event loop was held. On SIGUSR2 it writes the delays since the last
// signal to $MLOPS_MAP_BENCH_LOOP_DIR/<pid>.json and starts over. Inert without that variable.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

const dir = process.env.MLOPS_MAP_BENCH_LOOP_DIR;
if (dir && isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  process.on("SIGUSR2", () => {
    const file = join(dir, `${process.pid}.json`);
    const ms = (ns) => ns / 1e6;
    writeFileSync(`${file}.tmp`, JSON.stringify({ max: ms(delay.max), p99: ms(delay.percentile(99)) }));
    renameSync(`${file}.tmp`, file);
    delay.reset();
  });
}

// A worker thread of the analysis benchmark: requests /api/health one at a time until told to
// stop, and reports the latencies. Apart from the uploads, so that sending a 20 MiB body
// does not delay the clock of the probes in the same event loop.
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";

/** `count` (an Int32Array on shared memory) lets the main thread see how many probes are done. */
const { base, min, max, count } = workerData;
let stop = false;
parentPort.on("message", () => (stop = true));
const latencies = [];
try {
  while ((latencies.length < min || !stop) && latencies.length < max) {
    const start = performance.now();
    const response = await fetch(`${base}/api/health`);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
    latencies.push(performance.now() - start);
    if (count) Atomics.store(count, 0, latencies.length);
    // Lets the stop message in between probes.
    await new Promise((resolve) => setImmediate(resolve));
  }
  parentPort.postMessage({ latencies });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}

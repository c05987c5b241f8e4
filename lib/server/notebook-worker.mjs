// The entry of the notebook-analysis worker threads (notebook-pool.ts). Plain JavaScript,
// loaded from disk at run time so that no bundler touches it; it loads the analysis, which
// is TypeScript, through tsx (a production dependency), the way `npm start` runs scripts.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

lowerPriority();
const { runAnalysisJob } = await tsImport("../notebook/analysis-job.ts", import.meta.url);

parentPort.on("message", (job) => {
  const reply = runAnalysisJob(job);
  parentPort.postMessage(reply, reply.ok ? [reply.json.buffer] : []);
});
parentPort.postMessage({ ready: true });

/**
 * Analyses give way to the request thread when they compete for a core: on Linux a thread
 * has its own nice value, set through its thread id. Elsewhere it stays as it is.
 */
function lowerPriority() {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (tid > 0) setPriority(tid, 10);
  } catch {
    // not Linux, or not allowed: the analysis runs at the server's priority
  }
}

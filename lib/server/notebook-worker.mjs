// The entry of the notebook-analysis worker threads (notebook-pool.ts). Plain JavaScript,
// loaded from disk at run time so that no bundler touches it; it loads the analysis, which
// is TypeScript, through tsx (a production dependency), the way `npm start` runs scripts.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { runAnalysisJob } = await tsImport("../notebook/analysis-job.ts", import.meta.url);

parentPort.on("message", (job) => {
  const reply = runAnalysisJob(job);
  parentPort.postMessage(reply, reply.ok ? [reply.json.buffer] : []);
});
parentPort.postMessage({ ready: true });

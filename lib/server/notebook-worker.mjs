// The entry of the notebook-analysis worker processes (notebook-pool.ts forks it). Plain
// JavaScript, loaded from disk at run time so that no bundler touches it; it loads the
// analysis, which is TypeScript, through tsx (a production dependency), the way `npm start`
// runs scripts.
import { setPriority } from "node:os";
import { tsImport } from "tsx/esm/api";

lowerPriority();
const { runAnalysisJob } = await tsImport("../notebook/analysis-job.ts", import.meta.url);

process.on("message", (job) => {
  process.send(runAnalysisJob(job));
});
// The server went away (it exited, or was killed): nothing will ask for work again.
process.on("disconnect", () => process.exit(0));
process.send({ ready: true });

/** Analyses give way to the server's requests when they compete for a core. */
function lowerPriority() {
  try {
    setPriority(10);
  } catch {
    // not allowed: the analysis runs at the server's priority
  }
}

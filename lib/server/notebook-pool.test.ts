import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeWithPreview } from "@/lib/notebook/analysis-job";
import { NotebookError } from "@/lib/notebook/errors";
import { AppError } from "./errors";
import { NotebookPool, type PoolOptions } from "./notebook-pool";

const utf8 = (text: string) => new TextEncoder().encode(text);
const notebook = (sources: string[]) =>
  utf8(
    JSON.stringify({
      cells: sources.map((source) => ({ cell_type: "code", metadata: {}, outputs: [], execution_count: null, source })),
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    }),
  );
const small = () => notebook(["import pandas as pd\ndf = pd.read_csv('a.csv')", "model.fit(X, y)"]);
/** Takes a few hundred milliseconds to analyse: 10,000 cells. */
const heavy = () =>
  notebook(
    Array.from(
      { length: 10_000 },
      (_, i) => `import pandas as pd\ndf${i} = pd.read_csv('part-${i}.csv')\ndf${i}.describe()`,
    ),
  );
const job = (bytes: Uint8Array, filename = "nb.ipynb") => ({ bytes, filename, withPreview: true });

const pools: NotebookPool[] = [];
const pool = (options: Partial<PoolOptions> = {}) => {
  const p = new NotebookPool({ workers: 1, queueLength: 4, timeLimitMs: 30_000, heapMb: 256, ...options });
  pools.push(p);
  return p;
};
afterAll(() => pools.forEach((p) => p.close()));

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error("expected the analysis to fail");
    },
    (error: Error) => error,
  );
}

describe("NotebookPool", { timeout: 60_000 }, () => {
  it("answers in a worker what the analysis answers in-thread", async () => {
    const json = await pool().analyze(job(small()));
    expect(JSON.parse(new TextDecoder().decode(json))).toEqual(
      JSON.parse(JSON.stringify(analyzeWithPreview(job(small())))),
    );
  });

  it("passes the file's errors back with their code and limit", async () => {
    const error = await failure(pool().analyze(job(utf8(`${"[".repeat(100)}${"]".repeat(100)}`))));
    expect(error).toBeInstanceOf(NotebookError);
    expect(error).toMatchObject({ code: "too_deeply_nested", details: { limit: 64 } });
  });

  it("stops an analysis over the time limit, and a new worker takes the next one", async () => {
    const p = pool({ timeLimitMs: 50 });
    const error = await failure(p.analyze(job(heavy())));
    expect(error).toMatchObject({ code: "analysis_timeout", details: { limit: 50 } });
    expect(error.message).toContain("0.05 s");
    // A fresh worker takes the next job and is held to the same limit (a small job is no check
    // here: on a loaded 2-core machine even it can pass 50 ms).
    expect(await failure(p.analyze(job(heavy())))).toMatchObject({ code: "analysis_timeout" });
  });

  // As worker threads, this aborted the whole test process in about half of the runs (nodejs/node#47224):
  // that it passes at all is the point.
  it("ends a worker that runs out of heap: too_complex, and the pool goes on", async () => {
    const p = pool({ heapMb: 64 });
    // About 1.8 million characters of `a+a+…`: a token each, well over 64 MiB of them.
    const error = await failure(p.analyze(job(utf8(`x = ${"a+".repeat(900_000)}a`), "sum.py")));
    expect(error).toBeInstanceOf(NotebookError);
    expect(error).toMatchObject({ code: "too_complex", details: { limit: 64 } });
    expect(error.message).toContain("64 MiB");
    expect((await p.analyze(job(small()))).byteLength).toBeGreaterThan(0);
  });

  it("refuses work past the queue with 503 busy and Retry-After", async () => {
    const p = pool({ workers: 1, queueLength: 1 });
    const running = p.analyze(job(heavy()));
    const queued = p.analyze(job(small()));
    const refused = await failure(p.analyze(job(small())));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 503, code: "busy" });
    expect(Number((refused as AppError).headers?.["retry-after"])).toBeGreaterThan(0);
    await Promise.all([running, queued]);
    // Once the queue has room, work is taken again.
    expect((await p.analyze(job(small()))).byteLength).toBeGreaterThan(0);
  });

  it("a worker killed from outside fails only the analysis it had, and the pool goes on", async () => {
    const p = pool();
    await p.analyze(job(small()));
    const running = failure(p.analyze(job(heavy())));
    const [pid] = p.workerPids;
    process.kill(pid!, "SIGTERM");
    const error = await running;
    expect(error).not.toBeInstanceOf(NotebookError);
    expect(error.message).toContain("signal SIGTERM");
    expect((await p.analyze(job(small()))).byteLength).toBeGreaterThan(0);
  });

  it.runIf(process.platform === "linux")("gives the worker none of the server's secrets", async () => {
    process.env.MLOPS_MAP_TEST_SECRET = "not-for-workers";
    try {
      const p = pool();
      await p.analyze(job(small()));
      const environ = readFileSync(`/proc/${p.workerPids[0]}/environ`, "utf8").split("\0");
      expect(environ.some((entry) => entry.startsWith("MLOPS_MAP_TEST_SECRET="))).toBe(false);
      expect(environ.some((entry) => entry.startsWith("PATH="))).toBe(true);
    } finally {
      delete process.env.MLOPS_MAP_TEST_SECRET;
    }
  });
});

import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests call the server code directly.
  "server-only": path.resolve(import.meta.dirname, "test/stubs/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // Vitest's default for a run is one worker fewer than the cores: one worker on a 2-core CI
    // machine, which then sits half idle while tests wait on PostgreSQL, child processes and
    // timers. One more worker than cores took `vitest run` here from 80 s to 42 s (unit) and
    // from 200 s to 130 s (integration; each file has a schema of its own, so files never share state).
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "deploy/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // A hang guard, not a speed check: beside the rest of the suite on a loaded 2-core
          // machine, CPU-bound tests (150 runs of the recommender's properties, Mermaid's parser)
          // took 5-7 s, past Vitest's 5 s default. Nothing here asserts speed.
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          environment: "node",
          // Without DATABASE_URL the files share one embedded PGlite, which has a single backend
          // session: its connections share search_path (each file's schema) and advisory locks,
          // so files side by side read each other's schemas. One file at a time there.
          fileParallelism: !!process.env.DATABASE_URL,
          globalSetup: ["test/global-db.ts"],
          setupFiles: ["test/setup-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});

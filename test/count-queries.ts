import type { Pool } from "pg";
import { getDb } from "@/lib/server/db";

/**
 * Runs `work` with the app's Prisma client swapped for one that records every operation
 * (`model.operation`, `$executeRaw` for raw SQL), also inside transactions, and returns them.
 * Statements lib/server/db.ts `queryRows` sends to the pool itself are recorded as `pool.query`.
 */
export async function recordQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const base = getDb();
  const queries: string[] = [];
  const recording = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        queries.push(model ? `${model}.${operation}` : operation);
        return query(args);
      },
    },
  });
  const slot = globalThis as unknown as { prisma?: unknown; pgPool?: Pool };
  const pool = slot.pgPool!;
  const poolQuery = pool.query;
  // Prisma's adapter sends its own statements through pool.query too, as rows of arrays;
  // those are recorded above, by operation.
  pool.query = ((...args: Parameters<Pool["query"]>) => {
    if ((args[0] as { rowMode?: string }).rowMode !== "array") queries.push("pool.query");
    return (poolQuery as (...a: unknown[]) => unknown).apply(pool, args);
  }) as Pool["query"];
  slot.prisma = recording;
  try {
    return { result: await work(), queries };
  } finally {
    slot.prisma = base;
    pool.query = poolQuery;
  }
}

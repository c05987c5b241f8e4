import { getDb } from "@/lib/server/db";

/**
 * Runs `work` with the app's Prisma client swapped for one that records every operation
 * (`model.operation`, `$executeRaw` for raw SQL), also inside transactions, and returns them.
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
  const slot = globalThis as unknown as { prisma?: unknown };
  slot.prisma = recording;
  try {
    return { result: await work(), queries };
  } finally {
    slot.prisma = base;
  }
}

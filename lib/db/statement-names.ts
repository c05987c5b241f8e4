import { createHash } from "node:crypto";

// Names for the SQL the app sends, so that each pooled connection parses and plans a statement
// once and then only binds and executes it (pg caches a named statement per connection; Prisma's
// PostgreSQL adapter sends every query unnamed unless given names). The access check that starts
// every project request spent a parse and a plan on each call.
//
// Bounded: PostgreSQL keeps a connection's prepared statements until it closes, and the app's
// set of distinct SQL texts is small but not provably finite (Prisma renders some lists inline).
// The first MAX_NAMED distinct texts get names; any text after that is sent unnamed as before.

export const MAX_NAMED = 500;

export function statementNamer(max = MAX_NAMED): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= max) return undefined;
    // A digest, not a counter: the same text gets the same name in every process, which keeps
    // server logs and pg_stat_statements readable across instances.
    const name = `s_${createHash("sha1").update(sql).digest("base64url").slice(0, 20)}`;
    names.set(sql, name);
    return name;
  };
}

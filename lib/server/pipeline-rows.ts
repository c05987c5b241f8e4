import "server-only";
import { Prisma, type PipelineNode as NodeRow } from "@/lib/generated/prisma/client";
import type { PipelineNode } from "@/lib/pipeline/types";
import type { TPipelineSave } from "@/lib/validation/pipeline";
import { sqlName } from "./db";

// Row writes for a diagram save. A save sends the whole diagram, but an autosave after
// moving one card changes one row: rows are upserted, and an unchanged row is left as it
// is (no new row version, no foreign-key checks), and rows missing from the save are
// deleted. Each step is one statement over unnest(arrays), whatever the size of the
// diagram: Prisma's createMany sent one row at a time here (6 s for 5,000 nodes).
// ./pipeline-write.ts runs them, with the revision, as one statement.

/** A table or enum type name, schema-qualified when tests set DATABASE_SCHEMA. */
const sqlIdent = (name: string) => Prisma.raw(sqlName(name));

type SaveNode = TPipelineSave["nodes"][number];

/**
 * One column of a node row: how a saved node fills it. `array` is the Postgres array type
 * the values travel in (unnest takes one array per column); `cast` turns an element into
 * the column's type, an enum named by its Prisma type or a raw SQL type.
 */
type Column<N extends keyof NodeRow = keyof NodeRow> = {
  name: N;
  array: "text" | "float8";
  cast?: { enumType: string } | { sql: string };
  value: (node: SaveNode) => string | number | null;
};
/** A domain field: the columns it is written to and how it is read back from a row. */
type Field<K extends keyof PipelineNode> = { columns: readonly Column[]; read: (row: NodeRow) => PipelineNode[K] };

const text = <N extends keyof NodeRow>(name: N, value: (node: SaveNode) => string | null) =>
  ({ name, array: "text", value }) as const;
const float = <N extends keyof NodeRow>(name: N, value: (node: SaveNode) => number) =>
  ({ name, array: "float8", value }) as const;
const enumColumn = <N extends keyof NodeRow>(name: N, enumType: string, value: (node: SaveNode) => string | null) =>
  ({ name, array: "text", cast: { enumType }, value }) as const;

/**
 * Every field of the domain node and its columns: the SQL below is generated from this, and
 * rows are read back through it. A new PipelineNode field does not compile until it is here,
 * nor does a new column of the row (see the checks at the end of the file).
 */
export const NODE_FIELDS = {
  id: { columns: [text("id", (n) => n.id)], read: (r) => r.id },
  kind: { columns: [enumColumn("kind", "NodeKind", (n) => n.kind)], read: (r) => r.kind },
  title: { columns: [text("title", (n) => n.title)], read: (r) => r.title },
  description: { columns: [text("description", (n) => n.description)], read: (r) => r.description },
  category: { columns: [text("category", (n) => n.category)], read: (r) => r.category },
  phase: { columns: [enumColumn("phase", "Phase", (n) => n.phase)], read: (r) => r.phase },
  stage: { columns: [enumColumn("stage", "Stage", (n) => n.stage)], read: (r) => r.stage },
  automation: { columns: [enumColumn("automation", "Automation", (n) => n.automation)], read: (r) => r.automation },
  ownerId: { columns: [text("ownerId", (n) => n.ownerId)], read: (r) => r.ownerId },
  priority: { columns: [enumColumn("priority", "Priority", (n) => n.priority)], read: (r) => r.priority },
  position: {
    columns: [float("positionX", (n) => n.position.x), float("positionY", (n) => n.position.y)],
    read: (r) => ({ x: r.positionX, y: r.positionY }),
  },
  // An int[] cannot be one element of a text[]: each list travels as its array literal.
  sourceCells: {
    columns: [
      {
        name: "sourceCells",
        array: "text",
        cast: { sql: "int[]" },
        value: (n) => `{${(n.sourceCells ?? []).join(",")}}`,
      },
    ],
    read: (r) => (r.sourceCells.length > 0 ? r.sourceCells : null),
  },
} as const satisfies { [K in keyof PipelineNode]: Field<K> };

/** A node row as the domain speaks of it. */
export function nodeFromRow(row: NodeRow): PipelineNode {
  const entries = Object.entries(NODE_FIELDS).map(([key, field]) => [
    key,
    (field.read as (r: NodeRow) => unknown)(row),
  ]);
  return Object.fromEntries(entries) as PipelineNode;
}

const NODE_COLUMNS: readonly Column[] = Object.values(NODE_FIELDS).flatMap((f): readonly Column[] => f.columns);
const quote = (name: string) => `"${name}"`;
const columnList = (prefix: string, columns: readonly Column[]) =>
  Prisma.raw(columns.map((c) => `${prefix}${quote(c.name)}`).join(", "));
const castElement = (c: Column) => {
  const element = Prisma.raw(`u.${quote(c.name)}`);
  if (!c.cast) return element;
  return "enumType" in c.cast
    ? Prisma.sql`${element}::${sqlIdent(c.cast.enumType)}`
    : Prisma.sql`${element}::${Prisma.raw(c.cast.sql)}`;
};
// Every column but the key is compared and updated; sortOrder keeps the save's order.
const NODE_UPDATED = [...NODE_COLUMNS.filter((c) => c.name !== "id"), { name: "sortOrder" } as Column];
const NODE_SQL = {
  insert: Prisma.raw(`"diagramId", ${NODE_COLUMNS.map((c) => quote(c.name)).join(", ")}, "sortOrder"`),
  select: Prisma.join([...NODE_COLUMNS.map(castElement), Prisma.raw("u.ord")]),
  aliases: Prisma.raw(`${NODE_COLUMNS.map((c) => quote(c.name)).join(", ")}, ord`),
  set: Prisma.raw(NODE_UPDATED.map((c) => `${quote(c.name)} = EXCLUDED.${quote(c.name)}`).join(", ")),
  old: columnList("t.", NODE_UPDATED),
  new: columnList("EXCLUDED.", NODE_UPDATED),
};

/** A diagram's id, or SQL that yields it (the id a claim in the same statement returns). */
export type DiagramRef = string | Prisma.Sql;

/**
 * The statements of a rows write, as parts of one statement (./pipeline-write.ts). Each works
 * over unnest(arrays), whatever the size of the diagram, and writes only if `onlyIf` holds
 * (a save that claims its version in the same statement: nothing is written unless it did).
 */
export const ROW_SQL = {
  /**
   * Deletes the diagram's rows of `table` whose ids the save no longer has. An anti-join on
   * the ids, not `NOT (id = ANY($ids))`: the prepared statements (lib/db/statement-names.ts)
   * run with generic plans, in which PostgreSQL compares each row with the whole array (7 ms
   * instead of 0.5 ms for 750 edges).
   */
  deleteMissing: (table: "PipelineNode" | "PipelineEdge", diagramId: DiagramRef, ids: string[], onlyIf: Prisma.Sql) =>
    Prisma.sql`
    DELETE FROM ${sqlIdent(table)} AS t WHERE t."diagramId" = ${diagramId} AND ${onlyIf}
      AND NOT EXISTS (SELECT FROM unnest(${ids}::text[]) AS k("id") WHERE k."id" = t."id")
    RETURNING t."id"`,

  /** Inserts new nodes and updates changed ones; returns each written row's id and whether it was inserted. */
  upsertNodes: (diagramId: DiagramRef, nodes: TPipelineSave["nodes"], onlyIf: Prisma.Sql) => {
    const arrays = NODE_COLUMNS.map((c) => Prisma.sql`${nodes.map(c.value)}::${Prisma.raw(c.array)}[]`);
    // xmax is 0 on a row version this statement inserted (not on one it updated): the usual
    // Postgres way to tell an upsert's inserts apart, without a second statement.
    return Prisma.sql`
    INSERT INTO ${sqlIdent("PipelineNode")} AS t (${NODE_SQL.insert})
    SELECT ${diagramId}, ${NODE_SQL.select}
    FROM unnest(${Prisma.join(arrays)}, ${nodes.map((_, i) => i)}::int[]) AS u(${NODE_SQL.aliases})
    WHERE ${onlyIf}
    ON CONFLICT ("diagramId", "id") DO UPDATE SET ${NODE_SQL.set}
    WHERE (${NODE_SQL.old}) IS DISTINCT FROM (${NODE_SQL.new})
    RETURNING t."id", (t.xmax = 0) AS inserted`;
  },

  upsertEdges: (diagramId: DiagramRef, edges: TPipelineSave["edges"], onlyIf: Prisma.Sql) => Prisma.sql`
    INSERT INTO ${sqlIdent("PipelineEdge")} AS t ("diagramId", "id", "source", "target", "label", "sortOrder")
    SELECT ${diagramId}, u.id, u.source, u.target, u.label, u.ord
    FROM unnest(
      ${edges.map((e) => e.id)}::text[], ${edges.map((e) => e.source)}::text[], ${edges.map((e) => e.target)}::text[],
      ${edges.map((e) => e.label ?? null)}::text[], ${edges.map((_, i) => i)}::int[]
    ) AS u(id, source, target, label, ord)
    WHERE ${onlyIf}
    ON CONFLICT ("diagramId", "id") DO UPDATE SET
      "source" = EXCLUDED."source", "target" = EXCLUDED."target", "label" = EXCLUDED."label", "sortOrder" = EXCLUDED."sortOrder"
    WHERE (t."source", t."target", t."label", t."sortOrder") IS DISTINCT FROM (EXCLUDED."source", EXCLUDED."target", EXCLUDED."label", EXCLUDED."sortOrder")
    RETURNING t."id"`,
};

// The table above is complete both ways: every domain field has an entry (the `satisfies`),
// and every column of the row but the bookkeeping ones is written by some entry.
type Assert<T extends true> = T;
type WrittenColumn = (typeof NODE_FIELDS)[keyof typeof NODE_FIELDS]["columns"][number]["name"];
type _EveryColumnWritten = Assert<
  [Exclude<keyof NodeRow, WrittenColumn | "diagramId" | "sortOrder">] extends [never] ? true : false
>;

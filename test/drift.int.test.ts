import { readFile } from "node:fs/promises";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { getDMMF, type GetDMMFError } from "@prisma/get-dmmf";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// DRIFT TEST. The migrations are hand-written (Prisma's schema engine cannot be
// downloaded here), so nothing else guarantees that prisma/migrations builds the
// database prisma/schema.prisma describes. This test reads the schema through Prisma's
// own parser (DMMF), reads the database test/setup-db.ts migrated from the catalogs,
// and reports every difference: tables, columns (type, nullability, default), enums,
// primary keys, indexes and foreign keys. It is driven by the DMMF, so new models,
// fields, enums, indexes and relations are checked without editing this file.

const schemaPath = path.resolve(import.meta.dirname, "../prisma/schema.prisma");

// ---------------------------------------------------------------------------
// What the schema expects, in database terms
// ---------------------------------------------------------------------------

type Datamodel = Exclude<ReturnType<typeof getDMMF>, GetDMMFError>["datamodel"];
type Model = Datamodel["models"][number];
type Field = Model["fields"][number];

type ColumnType = {
  /** information_schema.columns.data_type, e.g. "text", "ARRAY", "USER-DEFINED". */
  dataType: string;
  /** information_schema.columns.udt_name, e.g. "text", "_text", "TeamRole". */
  udt: string;
  label: string;
  datetimePrecision?: number;
  charLength?: number | null;
  numeric?: { precision: number | null; scale: number | null };
};

type ExpectedDefault =
  | { kind: "none" }
  | { kind: "now" }
  | { kind: "sequence" }
  | { kind: "some" }
  | { kind: "value"; value: unknown; field: Field };

type ExpectedColumn = {
  label: string;
  column: string;
  /** undefined: not checked (Unsupported("…") fields). */
  type: ColumnType | undefined;
  /** undefined: not checked (scalar lists, which Prisma creates nullable). */
  nullable: boolean | undefined;
  default: ExpectedDefault;
};

type ExpectedIndex = {
  label: string;
  columns: string[];
  unique: boolean;
  name: string | undefined;
  descending: boolean[];
  method: string;
};

type ExpectedForeignKey = {
  label: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
};

type ExpectedTable = {
  label: string;
  table: string;
  columns: ExpectedColumn[];
  primaryKey: { columns: string[]; name: string | undefined } | undefined;
  indexes: ExpectedIndex[];
  foreignKeys: ExpectedForeignKey[];
};

type ExpectedEnum = { label: string; name: string; values: string[] };

const SCALAR_TYPES: Record<string, Omit<ColumnType, "label">> = {
  String: { dataType: "text", udt: "text" },
  Int: { dataType: "integer", udt: "int4" },
  BigInt: { dataType: "bigint", udt: "int8" },
  Float: { dataType: "double precision", udt: "float8" },
  // Prisma's default for Decimal on PostgreSQL is DECIMAL(65,30).
  Decimal: { dataType: "numeric", udt: "numeric", numeric: { precision: 65, scale: 30 } },
  Boolean: { dataType: "boolean", udt: "bool" },
  DateTime: { dataType: "timestamp without time zone", udt: "timestamp", datetimePrecision: 3 },
  Json: { dataType: "jsonb", udt: "jsonb" },
  Bytes: { dataType: "bytea", udt: "bytea" },
};

/** Column type for an `@db.X(args)` native type attribute. */
function nativeColumnType(name: string, args: readonly string[]): Omit<ColumnType, "label"> | undefined {
  const n = args.map(Number);
  switch (name) {
    case "Text":
      return { dataType: "text", udt: "text" };
    case "VarChar":
      return { dataType: "character varying", udt: "varchar", charLength: n[0] ?? null };
    case "Char":
      return { dataType: "character", udt: "bpchar", charLength: n[0] ?? 1 };
    case "Uuid":
      return { dataType: "uuid", udt: "uuid" };
    case "Citext":
      return { dataType: "USER-DEFINED", udt: "citext" };
    case "Inet":
      return { dataType: "inet", udt: "inet" };
    case "Xml":
      return { dataType: "xml", udt: "xml" };
    case "Money":
      return { dataType: "money", udt: "money" };
    case "Oid":
      return { dataType: "oid", udt: "oid" };
    case "SmallInt":
      return { dataType: "smallint", udt: "int2" };
    case "Integer":
      return { dataType: "integer", udt: "int4" };
    case "BigInt":
      return { dataType: "bigint", udt: "int8" };
    case "Real":
      return { dataType: "real", udt: "float4" };
    case "DoublePrecision":
      return { dataType: "double precision", udt: "float8" };
    case "Decimal":
      return { dataType: "numeric", udt: "numeric", numeric: { precision: n[0] ?? null, scale: n[0] === undefined ? null : (n[1] ?? 0) } };
    case "Boolean":
      return { dataType: "boolean", udt: "bool" };
    case "Date":
      return { dataType: "date", udt: "date" };
    case "Timestamp":
      return { dataType: "timestamp without time zone", udt: "timestamp", datetimePrecision: n[0] ?? 6 };
    case "Timestamptz":
      return { dataType: "timestamp with time zone", udt: "timestamptz", datetimePrecision: n[0] ?? 6 };
    case "Time":
      return { dataType: "time without time zone", udt: "time", datetimePrecision: n[0] ?? 6 };
    case "Timetz":
      return { dataType: "time with time zone", udt: "timetz", datetimePrecision: n[0] ?? 6 };
    case "Json":
      return { dataType: "json", udt: "json" };
    case "JsonB":
      return { dataType: "jsonb", udt: "jsonb" };
    case "ByteA":
      return { dataType: "bytea", udt: "bytea" };
    case "Bit":
      return { dataType: "bit", udt: "bit", charLength: n[0] ?? 1 };
    case "VarBit":
      return { dataType: "bit varying", udt: "varbit", charLength: n[0] ?? null };
    default:
      return undefined;
  }
}

const REFERENTIAL_ACTIONS: Record<string, string> = { Cascade: "c", SetNull: "n", Restrict: "r", NoAction: "a", SetDefault: "d" };
const ACTION_NAMES: Record<string, string> = { c: "CASCADE", n: "SET NULL", r: "RESTRICT", a: "NO ACTION", d: "SET DEFAULT" };
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

/** Prisma's default constraint/index names; PostgreSQL truncates identifiers at 63 bytes, so longer ones are not checked. */
function defaultName(name: string) {
  return Buffer.byteLength(name) <= 63 ? name : undefined;
}

function parseSchema(schemaText: string): Datamodel {
  const result = getDMMF({ datamodel: schemaText });
  if (!("datamodel" in result)) throw new Error(`prisma/schema.prisma does not parse (${result.type}): ${result.error.message}`);
  return result.datamodel;
}

/** Translates the DMMF into the tables, columns, keys and enums Prisma would create on PostgreSQL. */
function expectedSchema(dm: Datamodel, problems: string[]) {
  const enums = new Map(dm.enums.map((e) => [e.name, e]));
  const models = new Map(dm.models.map((m) => [m.name, m]));
  const tableOf = (model: Model) => model.dbName ?? model.name;
  const columnOf = (model: Model, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  function columnType(model: Model, field: Field): ColumnType | undefined {
    const label = `${model.name}.${field.name}`;
    let base: Omit<ColumnType, "label"> | undefined;
    if (field.kind === "enum") {
      const e = enums.get(field.type);
      base = { dataType: "USER-DEFINED", udt: e?.dbName ?? field.type };
    } else if (field.kind === "unsupported") {
      return undefined;
    } else if (field.nativeType) {
      const [name, args] = field.nativeType;
      base = nativeColumnType(name, args);
      if (!base) problems.push(`[columns] ${label}: native type @db.${name} is not known to test/drift.int.test.ts; add it there`);
    } else {
      base = SCALAR_TYPES[field.type];
      if (!base) problems.push(`[columns] ${label}: scalar type ${field.type} is not known to test/drift.int.test.ts; add it there`);
    }
    if (!base) return undefined;
    if (field.isList) return { dataType: "ARRAY", udt: `_${base.udt}`, label: `${base.udt}[]` };
    return { ...base, label: base.numeric ? `${base.dataType}(${base.numeric.precision},${base.numeric.scale})` : base.datetimePrecision !== undefined ? `${base.dataType} (precision ${base.datetimePrecision})` : base.dataType };
  }

  function expectedDefault(model: Model, field: Field): ExpectedDefault {
    const label = `${model.name}.${field.name}`;
    const value = field.default;
    if (value === undefined) return { kind: "none" };
    if (typeof value === "object" && "name" in value) {
      if (value.name === "now") return { kind: "now" };
      if (value.name === "autoincrement" || value.name === "sequence") return { kind: "sequence" };
      if (value.name === "dbgenerated") return { kind: "some" };
      if (CLIENT_SIDE_DEFAULTS.has(value.name)) return { kind: "none" };
      problems.push(`[defaults] ${label}: default function ${value.name}() is not known to test/drift.int.test.ts; add it there`);
      return { kind: "some" };
    }
    return { kind: "value", value, field };
  }

  const tables: ExpectedTable[] = [];
  for (const model of dm.models) {
    const table = tableOf(model);
    const scalars = model.fields.filter((f) => f.kind !== "object");
    const columns = scalars.map(
      (field): ExpectedColumn => ({
        label: `${model.name}.${field.name}`,
        column: field.dbName ?? field.name,
        type: columnType(model, field),
        nullable: field.isList ? undefined : !field.isRequired,
        default: expectedDefault(model, field),
      }),
    );

    const modelIndexes = dm.indexes.filter((i) => i.model === model.name);
    const idIndex = modelIndexes.find((i) => i.type === "id");
    const idFields = model.primaryKey?.fields ?? scalars.filter((f) => f.isId).map((f) => f.name);
    const primaryKey = idFields.length
      ? { columns: idFields.map((f) => columnOf(model, f)), name: idIndex?.dbName ?? defaultName(`${table}_pkey`) }
      : undefined;

    const indexes = modelIndexes
      .filter((i) => i.type === "unique" || i.type === "normal")
      .map((i): ExpectedIndex => {
        const cols = i.fields.map((f) => columnOf(model, f.name));
        const unique = i.type === "unique";
        const attribute = unique ? (i.isDefinedOnField ? "@unique" : "@@unique") : "@@index";
        return {
          label: `${model.name} ${attribute}([${i.fields.map((f) => f.name).join(", ")}])`,
          columns: cols,
          unique,
          name: i.dbName ?? defaultName(`${table}_${cols.join("_")}_${unique ? "key" : "idx"}`),
          descending: i.fields.map((f) => f.sortOrder === "desc"),
          method: (i.algorithm ?? "BTree").toLowerCase(),
        };
      });

    const foreignKeys = model.fields
      .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
      .map((f): ExpectedForeignKey => {
        const target = models.get(f.type)!;
        // Prisma's defaults: onDelete SetNull for optional relations, Restrict for required ones; onUpdate Cascade.
        const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
        const onUpdate = f.relationOnUpdate ?? "Cascade";
        return {
          label: `${model.name}.${f.name} (${f.relationFromFields!.join(", ")} -> ${target.name}.${f.relationToFields!.join(", ")})`,
          columns: f.relationFromFields!.map((name) => columnOf(model, name)),
          refTable: tableOf(target),
          refColumns: f.relationToFields!.map((name) => columnOf(target, name)),
          onDelete: REFERENTIAL_ACTIONS[onDelete] ?? `unknown action ${onDelete}`,
          onUpdate: REFERENTIAL_ACTIONS[onUpdate] ?? `unknown action ${onUpdate}`,
        };
      });

    tables.push({ label: `model ${model.name}`, table, columns, primaryKey, indexes, foreignKeys });
  }

  // Implicit many-to-many relations get a join table "_<relationName>" with columns A and
  // B, referencing the ids of the two models in alphabetical order of their names.
  const joinTables = new Set<string>();
  for (const model of dm.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.isList || !field.relationName) continue;
      const target = models.get(field.type)!;
      const back = target.fields.filter((f) => f.relationName === field.relationName && f !== field);
      if (back.length === 0 || !back.every((f) => f.isList)) continue;
      const table = `_${field.relationName}`;
      if (joinTables.has(table)) continue;
      joinTables.add(table);
      const [a, b] = [model, target].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)) as [Model, Model];
      const idOf = (m: Model) => m.fields.find((f) => f.isId);
      const label = `many-to-many ${a.name} <-> ${b.name} (${field.relationName})`;
      const side = (m: Model, column: "A" | "B"): ExpectedColumn => {
        const id = idOf(m);
        return { label: `${label} column ${column}`, column, type: id && columnType(m, id), nullable: false, default: { kind: "none" } };
      };
      const fk = (m: Model, column: "A" | "B"): ExpectedForeignKey => ({
        label: `${label} ${column} -> ${m.name}`,
        columns: [column],
        refTable: tableOf(m),
        refColumns: [idOf(m)?.dbName ?? idOf(m)?.name ?? "id"],
        onDelete: "c",
        onUpdate: "c",
      });
      tables.push({
        label,
        table,
        columns: [side(a, "A"), side(b, "B")],
        primaryKey: { columns: ["A", "B"], name: undefined },
        indexes: [{ label: `${label} index on B`, columns: ["B"], unique: false, name: undefined, descending: [false], method: "btree" }],
        foreignKeys: [fk(a, "A"), fk(b, "B")],
      });
    }
  }

  const expectedEnums = dm.enums.map(
    (e): ExpectedEnum => ({ label: `enum ${e.name}`, name: e.dbName ?? e.name, values: e.values.map((v) => v.dbName ?? v.name) }),
  );
  return { tables, enums: expectedEnums, enumsByName: enums };
}

// ---------------------------------------------------------------------------
// What the database has
// ---------------------------------------------------------------------------

type DbColumn = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  datetime_precision: number | null;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  /** to_jsonb(column_default), evaluated in the database; undefined for sequences or if it failed. */
  default_value?: unknown;
};

type DbIndex = {
  table_name: string;
  name: string;
  columns: string[];
  is_unique: boolean;
  is_primary: boolean;
  is_partial: boolean;
  has_expressions: boolean;
  options: number[];
  method: string;
};

type DbForeignKey = {
  table_name: string;
  name: string;
  columns: string[];
  ref_schema: string;
  ref_table: string;
  ref_columns: string[];
  on_delete: string;
  on_update: string;
};

type Snapshot = {
  schema: string;
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
};

async function readSnapshot(client: pg.Client, schema: string): Promise<Snapshot> {
  // One transaction with its own search_path: defaults are deparsed and evaluated
  // against the same search_path, even on PGlite where connections share one session.
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL search_path TO ${pg.escapeIdentifier(schema)}, pg_catalog`);
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
      [schema],
    );
    const columns = await client.query<DbColumn>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
              datetime_precision::int, character_maximum_length::int, numeric_precision::int, numeric_scale::int
       FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
      [schema],
    );
    const enums = await client.query<{ name: string; label: string }>(
      `SELECT t.typname::text AS name, e.enumlabel::text AS label
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
       WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
      [schema],
    );
    const indexes = await client.query<DbIndex>(
      `SELECT c.relname::text AS table_name, i.relname::text AS name,
              array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
              x.indisunique AS is_unique, x.indisprimary AS is_primary, x.indpred IS NOT NULL AS is_partial,
              (0 = ANY (x.indkey::int2[]) OR x.indexprs IS NOT NULL) AS has_expressions,
              x.indoption::int2[] AS options, am.amname::text AS method
       FROM pg_index x
       JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam
       WHERE n.nspname = $1 ORDER BY c.relname, i.relname`,
      [schema],
    );
    const foreignKeys = await client.query<DbForeignKey>(
      `SELECT c.relname::text AS table_name, con.conname::text AS name,
              array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
              rn.nspname::text AS ref_schema, rc.relname::text AS ref_table,
              array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns,
              con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
       WHERE con.contype = 'f' AND n.nspname = $1 ORDER BY c.relname, con.conname`,
      [schema],
    );
    // Evaluate literal defaults in the database, so '{}'::jsonb, ARRAY[]::text[] and
    // 'MEMBER'::"TeamRole" compare by value rather than by spelling.
    for (const column of columns.rows) {
      if (column.column_default === null || /nextval\(/i.test(column.column_default)) continue;
      await client.query("SAVEPOINT default_value");
      try {
        const { rows } = await client.query<{ v: unknown }>(`SELECT to_jsonb(${column.column_default}) AS v`);
        column.default_value = rows[0]!.v;
        await client.query("RELEASE SAVEPOINT default_value");
      } catch {
        await client.query("ROLLBACK TO SAVEPOINT default_value");
      }
    }
    const enumMap = new Map<string, string[]>();
    for (const { name, label } of enums.rows) enumMap.set(name, [...(enumMap.get(name) ?? []), label]);
    return {
      schema,
      tables: tables.rows.map((r) => r.table_name),
      columns: columns.rows,
      enums: enumMap,
      indexes: indexes.rows,
      foreignKeys: foreignKeys.rows,
    };
  } finally {
    await client.query("COMMIT");
  }
}

// ---------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------

const CATEGORIES = ["tables", "columns", "defaults", "enums", "primary keys", "indexes", "foreign keys"] as const;
const BOOKKEEPING_TABLES = new Set(["_prisma_migrations"]);

const list = (items: readonly string[]) => `(${items.map((c) => `"${c}"`).join(", ")})`;
const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The default as the database evaluates it (to_jsonb), for a Prisma literal default. */
function normalisedDefault(field: Field, value: unknown, enumValues: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => normalisedDefault(field, v, enumValues));
  if (field.kind === "enum") return enumValues.get(String(value)) ?? value;
  switch (field.type) {
    case "Json":
      try {
        return typeof value === "string" ? JSON.parse(value) : value;
      } catch {
        return value;
      }
    case "Int":
    case "BigInt":
    case "Float":
    case "Decimal":
      return Number(value);
    case "DateTime":
      return typeof value === "string" ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`) : value;
    case "Bytes":
      return typeof value === "string" && value.startsWith("\\x") ? value.slice(2) : Buffer.from(String(value), "base64").toString("hex");
    default:
      return value;
  }
}

/** Every difference between the schema text and the database snapshot, each prefixed with its category. */
function findDrift(schemaText: string, db: Snapshot): string[] {
  const problems: string[] = [];
  const dm = parseSchema(schemaText);
  const expected = expectedSchema(dm, problems);

  // Tables
  const expectedTables = new Set(expected.tables.map((t) => t.table));
  for (const t of expected.tables) {
    if (!db.tables.includes(t.table)) problems.push(`[tables] ${t.label}: table "${t.table}" is missing from the database`);
  }
  for (const table of db.tables) {
    if (!expectedTables.has(table) && !BOOKKEEPING_TABLES.has(table)) {
      problems.push(`[tables] table "${table}" exists in the database but no model maps to it`);
    }
  }

  for (const t of expected.tables) {
    if (!db.tables.includes(t.table)) continue;

    // Columns, types, nullability, defaults
    const dbColumns = db.columns.filter((c) => c.table_name === t.table);
    for (const col of t.columns) {
      const actual = dbColumns.find((c) => c.column_name === col.column);
      const where = `${col.label} (column "${t.table}"."${col.column}")`;
      if (!actual) {
        problems.push(`[columns] ${where}: column is missing from the database`);
        continue;
      }
      const type = col.type;
      if (type) {
        const actualType = actual.data_type === "ARRAY" || actual.data_type === "USER-DEFINED" ? `${actual.data_type} ${actual.udt_name}` : actual.data_type;
        if (actual.data_type !== type.dataType || actual.udt_name !== type.udt) {
          problems.push(`[columns] ${where}: type should be ${type.label} (${type.dataType} ${type.udt}) but is ${actualType}`);
        } else {
          if (type.datetimePrecision !== undefined && actual.datetime_precision !== type.datetimePrecision) {
            problems.push(`[columns] ${where}: ${type.dataType} precision should be ${type.datetimePrecision} but is ${actual.datetime_precision}`);
          }
          if (type.charLength !== undefined && actual.character_maximum_length !== type.charLength) {
            problems.push(`[columns] ${where}: length should be ${type.charLength} but is ${actual.character_maximum_length}`);
          }
          if (type.numeric && (actual.numeric_precision !== type.numeric.precision || actual.numeric_scale !== type.numeric.scale)) {
            problems.push(
              `[columns] ${where}: numeric(${type.numeric.precision},${type.numeric.scale}) expected but is numeric(${actual.numeric_precision},${actual.numeric_scale})`,
            );
          }
        }
      }
      if (col.nullable === true && actual.is_nullable === "NO") problems.push(`[columns] ${where}: is NOT NULL but the field is optional`);
      if (col.nullable === false && actual.is_nullable === "YES") problems.push(`[columns] ${where}: is nullable but the field is required (NOT NULL missing)`);

      const def = col.default;
      const found = actual.column_default;
      switch (def.kind) {
        case "none":
          if (found !== null) problems.push(`[defaults] ${where}: has database default ${found} but the schema has none (or a client-side one)`);
          break;
        case "now":
          if (found === null || !/^(CURRENT_TIMESTAMP(\(\d\))?|now\(\))$/i.test(found)) {
            problems.push(`[defaults] ${where}: default should be CURRENT_TIMESTAMP (@default(now())) but is ${found ?? "missing"}`);
          }
          break;
        case "sequence":
          if (found === null || !/^nextval\(/i.test(found)) problems.push(`[defaults] ${where}: default should be a sequence (autoincrement()) but is ${found ?? "missing"}`);
          break;
        case "some":
          if (found === null) problems.push(`[defaults] ${where}: default is missing from the database`);
          break;
        case "value": {
          const enumValues = new Map(
            def.field.kind === "enum" ? (expected.enumsByName.get(def.field.type)?.values ?? []).map((v) => [v.name, v.dbName ?? v.name]) : [],
          );
          const want = normalisedDefault(def.field, def.value, enumValues);
          const got = actual.default_value === undefined ? undefined : normalisedDefault(def.field, actual.default_value, new Map());
          if (found === null) problems.push(`[defaults] ${where}: default ${JSON.stringify(def.value)} is missing from the database`);
          else if (!isDeepStrictEqual(want, got)) {
            problems.push(`[defaults] ${where}: default should be ${JSON.stringify(def.value)} but the database has ${found} (= ${JSON.stringify(actual.default_value)})`);
          }
          break;
        }
      }
    }
    for (const actual of dbColumns) {
      if (!t.columns.some((c) => c.column === actual.column_name)) {
        problems.push(`[columns] ${t.label}: column "${t.table}"."${actual.column_name}" exists in the database but no field maps to it`);
      }
    }

    // Primary key
    const indexes = db.indexes.filter((i) => i.table_name === t.table);
    const pk = indexes.find((i) => i.is_primary);
    if (!t.primaryKey) {
      if (pk) problems.push(`[primary keys] ${t.label}: the database has primary key ${list(pk.columns)} but the model has no @id/@@id`);
    } else if (!pk) {
      problems.push(`[primary keys] ${t.label}: primary key ${list(t.primaryKey.columns)} is missing from the database`);
    } else {
      if (!sameList(pk.columns, t.primaryKey.columns)) {
        problems.push(`[primary keys] ${t.label}: primary key should be ${list(t.primaryKey.columns)} but is ${list(pk.columns)}`);
      }
      if (t.primaryKey.name && pk.name !== t.primaryKey.name) {
        problems.push(`[primary keys] ${t.label}: primary key should be named "${t.primaryKey.name}" but is "${pk.name}"`);
      }
    }

    // Unique and normal indexes
    const matched = new Set<DbIndex>();
    for (const want of t.indexes) {
      const candidates = indexes.filter(
        (i) => !i.is_primary && !matched.has(i) && i.is_unique === want.unique && !i.is_partial && !i.has_expressions && sameList(i.columns, want.columns),
      );
      const index = candidates.find((i) => i.name === want.name) ?? candidates[0];
      if (!index) {
        problems.push(`[indexes] ${want.label}: no ${want.unique ? "unique " : ""}index on exactly ${list(want.columns)} in "${t.table}"`);
        continue;
      }
      matched.add(index);
      if (want.name && index.name !== want.name) problems.push(`[indexes] ${want.label}: index should be named "${want.name}" but is "${index.name}"`);
      const descending = index.options.map((o) => (o & 1) === 1);
      if (!sameList(descending, want.descending)) problems.push(`[indexes] ${want.label}: sort order of "${index.name}" differs (descending: ${descending} vs ${want.descending})`);
      if (index.method !== want.method) problems.push(`[indexes] ${want.label}: "${index.name}" uses ${index.method}, the schema says ${want.method}`);
    }
    for (const index of indexes) {
      if (!index.is_primary && !matched.has(index)) {
        problems.push(`[indexes] ${t.label}: ${index.is_unique ? "unique " : ""}index "${index.name}" on ${list(index.columns)} exists in the database but not in the schema`);
      }
    }

    // Foreign keys
    const fks = db.foreignKeys.filter((f) => f.table_name === t.table);
    const matchedFks = new Set<DbForeignKey>();
    for (const want of t.foreignKeys) {
      const fk = fks.find(
        (f) => !matchedFks.has(f) && f.ref_schema === db.schema && f.ref_table === want.refTable && sameList(f.columns, want.columns) && sameList(f.ref_columns, want.refColumns),
      );
      if (!fk) {
        problems.push(`[foreign keys] ${want.label}: no foreign key ${list(want.columns)} -> "${want.refTable}"${list(want.refColumns)} in "${t.table}"`);
        continue;
      }
      matchedFks.add(fk);
      if (fk.on_delete !== want.onDelete) {
        problems.push(`[foreign keys] ${want.label}: "${fk.name}" is ON DELETE ${ACTION_NAMES[fk.on_delete] ?? fk.on_delete}, the schema says ${ACTION_NAMES[want.onDelete] ?? want.onDelete}`);
      }
      if (fk.on_update !== want.onUpdate) {
        problems.push(`[foreign keys] ${want.label}: "${fk.name}" is ON UPDATE ${ACTION_NAMES[fk.on_update] ?? fk.on_update}, the schema says ${ACTION_NAMES[want.onUpdate] ?? want.onUpdate}`);
      }
    }
    for (const fk of fks) {
      if (!matchedFks.has(fk)) {
        problems.push(`[foreign keys] ${t.label}: foreign key "${fk.name}" ${list(fk.columns)} -> "${fk.ref_table}"${list(fk.ref_columns)} exists in the database but not in the schema`);
      }
    }
  }

  // Enums
  for (const e of expected.enums) {
    const values = db.enums.get(e.name);
    if (!values) problems.push(`[enums] ${e.label}: type "${e.name}" is missing from the database`);
    else if (!sameList(values, e.values)) problems.push(`[enums] ${e.label}: values should be ${list(e.values)} in this order but are ${list(values)}`);
  }
  for (const name of db.enums.keys()) {
    if (!expected.enums.some((e) => e.name === name)) problems.push(`[enums] type "${name}" exists in the database but no enum maps to it`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

const url = inject("databaseUrl");
const client = new pg.Client({ connectionString: url });
let schemaText = "";
let snapshot: Snapshot;
let problems: string[] = [];

beforeAll(async () => {
  const schema = process.env.DATABASE_SCHEMA;
  if (!schema) throw new Error("DATABASE_SCHEMA is not set: test/setup-db.ts should have migrated a schema for this file");
  schemaText = await readFile(schemaPath, "utf8");
  await client.connect();
  snapshot = await readSnapshot(client, schema);
  problems = findDrift(schemaText, snapshot);
});

afterAll(async () => {
  await client.end();
});

describe("prisma/migrations builds the database prisma/schema.prisma describes", () => {
  it("reads a non-trivial schema and database", () => {
    const dm = parseSchema(schemaText);
    expect(dm.models.length).toBeGreaterThan(0);
    expect(snapshot.tables).toContain("_prisma_migrations");
    expect(snapshot.columns.length).toBeGreaterThan(dm.models.length);
  });

  it.each(CATEGORIES)("%s match", (category) => {
    expect(problems.filter((p) => p.startsWith(`[${category}]`))).toEqual([]);
  });

  it("reports nothing outside those categories", () => {
    expect(problems.filter((p) => !CATEGORIES.some((c) => p.startsWith(`[${c}]`)))).toEqual([]);
  });
});

// The comparison must fail when the two sides disagree: feed it edited copies of the
// schema text (the repository files are untouched) and expect the edit to be reported.

type Pick = { model: Model; field: Field };

/** Scalar fields that can change type or optionality without making the schema invalid. */
function freeScalars(dm: Datamodel): Pick[] {
  const inRelations = new Set<string>();
  for (const model of dm.models) {
    for (const f of model.fields) {
      for (const name of f.relationFromFields ?? []) inRelations.add(`${model.name}.${name}`);
      for (const name of f.relationToFields ?? []) inRelations.add(`${f.type}.${name}`);
    }
  }
  return dm.models.flatMap((model) =>
    model.fields
      .filter(
        (f) =>
          f.kind === "scalar" &&
          f.type === "String" &&
          !f.isList &&
          !f.isId &&
          !f.nativeType &&
          !f.hasDefaultValue &&
          !(model.primaryKey?.fields ?? []).includes(f.name) &&
          !inRelations.has(`${model.name}.${f.name}`),
      )
      .map((field) => ({ model, field })),
  );
}

/** Applies `edit` to the block of `model` in the schema text. */
function editModel(text: string, model: string, edit: (block: string) => string) {
  const block = new RegExp(`^model\\s+${model}\\s*\\{[\\s\\S]*?^\\}`, "m");
  const match = block.exec(text);
  if (!match) throw new Error(`model ${model} not found in the schema text`);
  return text.slice(0, match.index) + edit(match[0]) + text.slice(match.index + match[0].length);
}

function fieldLine(field: string) {
  return new RegExp(`^(\\s+${field}\\s+)(\\w+)(\\??)`, "m");
}

type Mutation = { name: string; mutate: (text: string, dm: Datamodel) => { text: string; expect: RegExp } };

const mutations: Mutation[] = [
  {
    name: "a field missing from the migrations",
    mutate: (text, dm) => {
      const model = dm.models[0]!.name;
      return {
        text: editModel(text, model, (block) => block.replace(/\{\s*\n/, "{\n  driftProbe String?\n")),
        expect: new RegExp(`^\\[columns\\] ${model}\\.driftProbe .*missing`),
      };
    },
  },
  {
    name: "a model missing from the migrations",
    mutate: (text) => ({ text: `${text}\nmodel DriftProbe {\n  id String @id\n}\n`, expect: /^\[tables\] model DriftProbe: table "DriftProbe" is missing/ }),
  },
  {
    name: "a model whose table was dropped from the schema",
    mutate: (text, dm) => {
      // A model nothing else refers to, removed from the schema: its table becomes unexpected.
      const model = dm.models.find((m) => !dm.models.some((o) => o !== m && o.fields.some((f) => f.type === m.name)))!;
      return {
        text: text.replace(new RegExp(`^model\\s+${model.name}\\s*\\{[\\s\\S]*?^\\}`, "m"), ""),
        expect: new RegExp(`^\\[tables\\] table "${model.dbName ?? model.name}" exists in the database but no model maps to it`),
      };
    },
  },
  {
    name: "a changed column type",
    mutate: (text, dm) => {
      const { model, field } = freeScalars(dm)[0]!;
      return {
        text: editModel(text, model.name, (block) => block.replace(fieldLine(field.name), "$1Int$3")),
        expect: new RegExp(`^\\[columns\\] ${model.name}\\.${field.name} .*type should be integer`),
      };
    },
  },
  {
    name: "a required field that the migrations left nullable",
    mutate: (text, dm) => {
      const { model, field } = freeScalars(dm).find((p) => !p.field.isRequired)!;
      return {
        text: editModel(text, model.name, (block) => block.replace(fieldLine(field.name), "$1$2")),
        expect: new RegExp(`^\\[columns\\] ${model.name}\\.${field.name} .*NOT NULL missing`),
      };
    },
  },
  {
    name: "an optional field that the migrations made NOT NULL",
    mutate: (text, dm) => {
      const { model, field } = freeScalars(dm).find((p) => p.field.isRequired)!;
      return {
        text: editModel(text, model.name, (block) => block.replace(fieldLine(field.name), "$1$2?")),
        expect: new RegExp(`^\\[columns\\] ${model.name}\\.${field.name} .*is NOT NULL but the field is optional`),
      };
    },
  },
  {
    name: "a default missing from the migrations",
    mutate: (text, dm) => {
      const { model, field } = freeScalars(dm).find((p) => p.field.isRequired)!;
      return {
        text: editModel(text, model.name, (block) => block.replace(new RegExp(`^(\\s+${field.name}\\s+\\w+)(.*)$`, "m"), '$1 @default("probe")$2')),
        expect: new RegExp(`^\\[defaults\\] ${model.name}\\.${field.name} .*default "probe" is missing from the database`),
      };
    },
  },
  {
    name: "a database default the schema does not have",
    mutate: (text) => ({ text: text.replace("@default(now())", ""), expect: /^\[defaults\] \w+\.\w+ .*has database default CURRENT_TIMESTAMP but the schema has none/ }),
  },
  {
    name: "a changed enum",
    mutate: (text, dm) => {
      const e = dm.enums[0]!;
      return {
        text: text.replace(new RegExp(`^(enum\\s+${e.name}\\s*\\{\\s*\\n)`, "m"), "$1  DRIFT_PROBE\n"),
        expect: new RegExp(`^\\[enums\\] enum ${e.name}: values should be \\("DRIFT_PROBE"`),
      };
    },
  },
  {
    name: "an index missing from the schema",
    mutate: (text) => ({ text: text.replace(/^\s*@@index\(.*\)\s*$/m, ""), expect: /^\[indexes\] model \w+: index "\w+" on .* exists in the database but not in the schema/ }),
  },
  {
    name: "a unique constraint missing from the migrations",
    mutate: (text, dm) => {
      const { model, field } = freeScalars(dm).find((p) => p.field.isRequired && !p.field.isUnique)!;
      return {
        text: editModel(text, model.name, (block) => block.replace(new RegExp(`^(\\s+${field.name}\\s+\\w+)(.*)$`, "m"), "$1 @unique$2")),
        expect: new RegExp(`^\\[indexes\\] ${model.name} @unique\\(\\[${field.name}\\]\\): no unique index`),
      };
    },
  },
  {
    name: "a changed onDelete",
    mutate: (text) => ({
      text: text.replace("onDelete: Cascade", "onDelete: Restrict"),
      expect: /^\[foreign keys\] .*is ON DELETE CASCADE, the schema says RESTRICT/,
    }),
  },
];

describe("the drift comparison", () => {
  it.each(mutations.map((m) => [m.name, m] as const))("detects %s", (_, mutation) => {
    const dm = parseSchema(schemaText);
    const { text, expect: pattern } = mutation.mutate(schemaText, dm);
    expect(text, "the mutation did not change the schema text").not.toBe(schemaText);
    const found = findDrift(text, snapshot);
    expect(found.length, "an edited schema should drift").toBeGreaterThan(0);
    expect(found.some((p) => pattern.test(p)), `expected a problem matching ${pattern}, got:\n${found.join("\n")}`).toBe(true);
  });
});

import { isDeepStrictEqual } from "node:util";
import { type Field, ACTION_NAMES, parseSchema, expectedSchema } from "./expected-schema";
import { type DbIndex, type DbForeignKey, type Snapshot } from "./db-snapshot";

// The comparison: every difference between the two, as one line each.
export const CATEGORIES = [
  "tables",
  "columns",
  "defaults",
  "enums",
  "primary keys",
  "indexes",
  "foreign keys",
] as const;
export const BOOKKEEPING_TABLES = new Set(["_prisma_migrations"]);

export const list = (items: readonly string[]) => `(${items.map((c) => `"${c}"`).join(", ")})`;
export const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The default as the database evaluates it (to_jsonb), for a Prisma literal default. */
export function normalisedDefault(field: Field, value: unknown, enumValues: Map<string, string>): unknown {
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
      return typeof value === "string" && value.startsWith("\\x")
        ? value.slice(2)
        : Buffer.from(String(value), "base64").toString("hex");
    default:
      return value;
  }
}

/** Every difference between the schema text and the database snapshot, each prefixed with its category. */
export function findDrift(schemaText: string, db: Snapshot): string[] {
  const problems: string[] = [];
  const dm = parseSchema(schemaText);
  const expected = expectedSchema(dm, problems);

  // Tables
  const expectedTables = new Set(expected.tables.map((t) => t.table));
  for (const t of expected.tables) {
    if (!db.tables.includes(t.table))
      problems.push(`[tables] ${t.label}: table "${t.table}" is missing from the database`);
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
        const actualType =
          actual.data_type === "ARRAY" || actual.data_type === "USER-DEFINED"
            ? `${actual.data_type} ${actual.udt_name}`
            : actual.data_type;
        if (actual.data_type !== type.dataType || actual.udt_name !== type.udt) {
          problems.push(
            `[columns] ${where}: type should be ${type.label} (${type.dataType} ${type.udt}) but is ${actualType}`,
          );
        } else {
          if (type.datetimePrecision !== undefined && actual.datetime_precision !== type.datetimePrecision) {
            problems.push(
              `[columns] ${where}: ${type.dataType} precision should be ${type.datetimePrecision} but is ${actual.datetime_precision}`,
            );
          }
          if (type.charLength !== undefined && actual.character_maximum_length !== type.charLength) {
            problems.push(
              `[columns] ${where}: length should be ${type.charLength} but is ${actual.character_maximum_length}`,
            );
          }
          if (
            type.numeric &&
            (actual.numeric_precision !== type.numeric.precision || actual.numeric_scale !== type.numeric.scale)
          ) {
            problems.push(
              `[columns] ${where}: numeric(${type.numeric.precision},${type.numeric.scale}) expected but is numeric(${actual.numeric_precision},${actual.numeric_scale})`,
            );
          }
        }
      }
      if (col.nullable === true && actual.is_nullable === "NO")
        problems.push(`[columns] ${where}: is NOT NULL but the field is optional`);
      if (col.nullable === false && actual.is_nullable === "YES")
        problems.push(`[columns] ${where}: is nullable but the field is required (NOT NULL missing)`);

      const def = col.default;
      const found = actual.column_default;
      switch (def.kind) {
        case "none":
          if (found !== null)
            problems.push(
              `[defaults] ${where}: has database default ${found} but the schema has none (or a client-side one)`,
            );
          break;
        case "now":
          if (found === null || !/^(CURRENT_TIMESTAMP(\(\d\))?|now\(\))$/i.test(found)) {
            problems.push(
              `[defaults] ${where}: default should be CURRENT_TIMESTAMP (@default(now())) but is ${found ?? "missing"}`,
            );
          }
          break;
        case "sequence":
          if (found === null || !/^nextval\(/i.test(found))
            problems.push(
              `[defaults] ${where}: default should be a sequence (autoincrement()) but is ${found ?? "missing"}`,
            );
          break;
        case "some":
          if (found === null) problems.push(`[defaults] ${where}: default is missing from the database`);
          break;
        case "value": {
          const enumValues = new Map(
            def.field.kind === "enum"
              ? (expected.enumsByName.get(def.field.type)?.values ?? []).map((v) => [v.name, v.dbName ?? v.name])
              : [],
          );
          const want = normalisedDefault(def.field, def.value, enumValues);
          const got =
            actual.default_value === undefined
              ? undefined
              : normalisedDefault(def.field, actual.default_value, new Map());
          if (found === null)
            problems.push(`[defaults] ${where}: default ${JSON.stringify(def.value)} is missing from the database`);
          else if (!isDeepStrictEqual(want, got)) {
            problems.push(
              `[defaults] ${where}: default should be ${JSON.stringify(def.value)} but the database has ${found} (= ${JSON.stringify(actual.default_value)})`,
            );
          }
          break;
        }
      }
    }
    for (const actual of dbColumns) {
      if (!t.columns.some((c) => c.column === actual.column_name)) {
        problems.push(
          `[columns] ${t.label}: column "${t.table}"."${actual.column_name}" exists in the database but no field maps to it`,
        );
      }
    }

    // Primary key
    const indexes = db.indexes.filter((i) => i.table_name === t.table);
    const pk = indexes.find((i) => i.is_primary);
    if (!t.primaryKey) {
      if (pk)
        problems.push(
          `[primary keys] ${t.label}: the database has primary key ${list(pk.columns)} but the model has no @id/@@id`,
        );
    } else if (!pk) {
      problems.push(
        `[primary keys] ${t.label}: primary key ${list(t.primaryKey.columns)} is missing from the database`,
      );
    } else {
      if (!sameList(pk.columns, t.primaryKey.columns)) {
        problems.push(
          `[primary keys] ${t.label}: primary key should be ${list(t.primaryKey.columns)} but is ${list(pk.columns)}`,
        );
      }
      if (t.primaryKey.name && pk.name !== t.primaryKey.name) {
        problems.push(
          `[primary keys] ${t.label}: primary key should be named "${t.primaryKey.name}" but is "${pk.name}"`,
        );
      }
    }

    // Unique and normal indexes
    const matched = new Set<DbIndex>();
    for (const want of t.indexes) {
      const candidates = indexes.filter(
        (i) =>
          !i.is_primary &&
          !matched.has(i) &&
          i.is_unique === want.unique &&
          !i.is_partial &&
          !i.has_expressions &&
          sameList(i.columns, want.columns),
      );
      const index = candidates.find((i) => i.name === want.name) ?? candidates[0];
      if (!index) {
        problems.push(
          `[indexes] ${want.label}: no ${want.unique ? "unique " : ""}index on exactly ${list(want.columns)} in "${t.table}"`,
        );
        continue;
      }
      matched.add(index);
      if (want.name && index.name !== want.name)
        problems.push(`[indexes] ${want.label}: index should be named "${want.name}" but is "${index.name}"`);
      const descending = index.options.map((o) => (o & 1) === 1);
      if (!sameList(descending, want.descending))
        problems.push(
          `[indexes] ${want.label}: sort order of "${index.name}" differs (descending: ${descending} vs ${want.descending})`,
        );
      if (index.method !== want.method)
        problems.push(`[indexes] ${want.label}: "${index.name}" uses ${index.method}, the schema says ${want.method}`);
    }
    for (const index of indexes) {
      if (!index.is_primary && !matched.has(index)) {
        problems.push(
          `[indexes] ${t.label}: ${index.is_unique ? "unique " : ""}index "${index.name}" on ${list(index.columns)} exists in the database but not in the schema`,
        );
      }
    }

    // Foreign keys
    const fks = db.foreignKeys.filter((f) => f.table_name === t.table);
    const matchedFks = new Set<DbForeignKey>();
    for (const want of t.foreignKeys) {
      const fk = fks.find(
        (f) =>
          !matchedFks.has(f) &&
          f.ref_schema === db.schema &&
          f.ref_table === want.refTable &&
          sameList(f.columns, want.columns) &&
          sameList(f.ref_columns, want.refColumns),
      );
      if (!fk) {
        problems.push(
          `[foreign keys] ${want.label}: no foreign key ${list(want.columns)} -> "${want.refTable}"${list(want.refColumns)} in "${t.table}"`,
        );
        continue;
      }
      matchedFks.add(fk);
      if (fk.on_delete !== want.onDelete) {
        problems.push(
          `[foreign keys] ${want.label}: "${fk.name}" is ON DELETE ${ACTION_NAMES[fk.on_delete] ?? fk.on_delete}, the schema says ${ACTION_NAMES[want.onDelete] ?? want.onDelete}`,
        );
      }
      if (fk.on_update !== want.onUpdate) {
        problems.push(
          `[foreign keys] ${want.label}: "${fk.name}" is ON UPDATE ${ACTION_NAMES[fk.on_update] ?? fk.on_update}, the schema says ${ACTION_NAMES[want.onUpdate] ?? want.onUpdate}`,
        );
      }
    }
    for (const fk of fks) {
      if (!matchedFks.has(fk)) {
        problems.push(
          `[foreign keys] ${t.label}: foreign key "${fk.name}" ${list(fk.columns)} -> "${fk.ref_table}"${list(fk.ref_columns)} exists in the database but not in the schema`,
        );
      }
    }
  }

  // Enums
  for (const e of expected.enums) {
    const values = db.enums.get(e.name);
    if (!values) problems.push(`[enums] ${e.label}: type "${e.name}" is missing from the database`);
    else if (!sameList(values, e.values))
      problems.push(`[enums] ${e.label}: values should be ${list(e.values)} in this order but are ${list(values)}`);
  }
  for (const name of db.enums.keys()) {
    if (!expected.enums.some((e) => e.name === name))
      problems.push(`[enums] type "${name}" exists in the database but no enum maps to it`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------

import { getDMMF, type GetDMMFError } from "@prisma/get-dmmf";

// What prisma/schema.prisma expects, in database terms (read through Prisma's own parser).

export type Datamodel = Exclude<ReturnType<typeof getDMMF>, GetDMMFError>["datamodel"];
export type Model = Datamodel["models"][number];
export type Field = Model["fields"][number];

export type ColumnType = {
  /** information_schema.columns.data_type, e.g. "text", "ARRAY", "USER-DEFINED". */
  dataType: string;
  /** information_schema.columns.udt_name, e.g. "text", "_text", "TeamRole". */
  udt: string;
  label: string;
  datetimePrecision?: number;
  charLength?: number | null;
  numeric?: { precision: number | null; scale: number | null };
};

export type ExpectedDefault =
  | { kind: "none" }
  | { kind: "now" }
  | { kind: "sequence" }
  | { kind: "some" }
  | { kind: "value"; value: unknown; field: Field };

export type ExpectedColumn = {
  label: string;
  column: string;
  /** undefined: not checked (Unsupported("…") fields). */
  type: ColumnType | undefined;
  /** undefined: not checked (scalar lists, which Prisma creates nullable). */
  nullable: boolean | undefined;
  default: ExpectedDefault;
};

export type ExpectedIndex = {
  label: string;
  columns: string[];
  unique: boolean;
  name: string | undefined;
  descending: boolean[];
  method: string;
};

export type ExpectedForeignKey = {
  label: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
};

export type ExpectedTable = {
  label: string;
  table: string;
  columns: ExpectedColumn[];
  primaryKey: { columns: string[]; name: string | undefined } | undefined;
  indexes: ExpectedIndex[];
  foreignKeys: ExpectedForeignKey[];
};

export type ExpectedEnum = { label: string; name: string; values: string[] };

export const SCALAR_TYPES: Record<string, Omit<ColumnType, "label">> = {
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
export function nativeColumnType(name: string, args: readonly string[]): Omit<ColumnType, "label"> | undefined {
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
      return {
        dataType: "numeric",
        udt: "numeric",
        numeric: { precision: n[0] ?? null, scale: n[0] === undefined ? null : (n[1] ?? 0) },
      };
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

export const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "c",
  SetNull: "n",
  Restrict: "r",
  NoAction: "a",
  SetDefault: "d",
};
export const ACTION_NAMES: Record<string, string> = {
  c: "CASCADE",
  n: "SET NULL",
  r: "RESTRICT",
  a: "NO ACTION",
  d: "SET DEFAULT",
};
export const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

/** Prisma's default constraint/index names; PostgreSQL truncates identifiers at 63 bytes, so longer ones are not checked. */
export function defaultName(name: string) {
  return Buffer.byteLength(name) <= 63 ? name : undefined;
}

export function parseSchema(schemaText: string): Datamodel {
  const result = getDMMF({ datamodel: schemaText });
  if (!("datamodel" in result))
    throw new Error(`prisma/schema.prisma does not parse (${result.type}): ${result.error.message}`);
  return result.datamodel;
}

/** Translates the DMMF into the tables, columns, keys and enums Prisma would create on PostgreSQL. */
export function expectedSchema(dm: Datamodel, problems: string[]) {
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
      if (!base)
        problems.push(
          `[columns] ${label}: native type @db.${name} is not known to test/drift.int.test.ts; add it there`,
        );
    } else {
      base = SCALAR_TYPES[field.type];
      if (!base)
        problems.push(
          `[columns] ${label}: scalar type ${field.type} is not known to test/drift.int.test.ts; add it there`,
        );
    }
    if (!base) return undefined;
    if (field.isList) return { dataType: "ARRAY", udt: `_${base.udt}`, label: `${base.udt}[]` };
    return {
      ...base,
      label: base.numeric
        ? `${base.dataType}(${base.numeric.precision},${base.numeric.scale})`
        : base.datetimePrecision !== undefined
          ? `${base.dataType} (precision ${base.datetimePrecision})`
          : base.dataType,
    };
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
      problems.push(
        `[defaults] ${label}: default function ${value.name}() is not known to test/drift.int.test.ts; add it there`,
      );
      return { kind: "some" };
    }
    return { kind: "value", value, field };
  }

  const tables: ExpectedTable[] = [];
  for (const model of dm.models) {
    const table = tableOf(model);
    const scalars = model.fields.filter((f) => f.kind !== "object");
    const columns = scalars.map((field): ExpectedColumn => ({
      label: `${model.name}.${field.name}`,
      column: field.dbName ?? field.name,
      type: columnType(model, field),
      nullable: field.isList ? undefined : !field.isRequired,
      default: expectedDefault(model, field),
    }));

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
        return {
          label: `${label} column ${column}`,
          column,
          type: id && columnType(m, id),
          nullable: false,
          default: { kind: "none" },
        };
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
        indexes: [
          {
            label: `${label} index on B`,
            columns: ["B"],
            unique: false,
            name: undefined,
            descending: [false],
            method: "btree",
          },
        ],
        foreignKeys: [fk(a, "A"), fk(b, "B")],
      });
    }
  }

  const expectedEnums = dm.enums.map((e): ExpectedEnum => ({
    label: `enum ${e.name}`,
    name: e.dbName ?? e.name,
    values: e.values.map((v) => v.dbName ?? v.name),
  }));
  return { tables, enums: expectedEnums, enumsByName: enums };
}

// ---------------------------------------------------------------------------
// What the database has
// ---------------------------------------------------------------------------

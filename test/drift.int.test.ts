import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { parseSchema, type Datamodel, type Field, type Model } from "./drift/expected-schema";
import { readSnapshot, type Snapshot } from "./drift/db-snapshot";
import { CATEGORIES, findDrift } from "./drift/find-drift";

// DRIFT TEST. The migrations are hand-written (Prisma's schema engine cannot be
// downloaded here), so nothing else guarantees that prisma/migrations builds the
// database prisma/schema.prisma describes. This test reads the schema through Prisma's
// own parser (DMMF), reads the database test/setup-db.ts migrated from the catalogs,
// and reports every difference: tables, columns (type, nullability, default), enums,
// primary keys, indexes and foreign keys. It is driven by the DMMF, so new models,
// fields, enums, indexes and relations are checked without editing this file.

const schemaPath = path.resolve(import.meta.dirname, "../prisma/schema.prisma");

const url = inject("databaseUrl");
const client = new pg.Client({ connectionString: url });
let schemaText = "";
let snapshot: Snapshot;
let problems: string[] = [];

beforeAll(async () => {
  const schema = process.env.DATABASE_SCHEMA;
  if (!schema)
    throw new Error("DATABASE_SCHEMA is not set: test/setup-db.ts should have migrated a schema for this file");
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
    mutate: (text) => ({
      text: `${text}\nmodel DriftProbe {\n  id String @id\n}\n`,
      expect: /^\[tables\] model DriftProbe: table "DriftProbe" is missing/,
    }),
  },
  {
    name: "a model whose table was dropped from the schema",
    mutate: (text, dm) => {
      // A model nothing else refers to, removed from the schema: its table becomes unexpected.
      const model = dm.models.find((m) => !dm.models.some((o) => o !== m && o.fields.some((f) => f.type === m.name)))!;
      return {
        text: text.replace(new RegExp(`^model\\s+${model.name}\\s*\\{[\\s\\S]*?^\\}`, "m"), ""),
        expect: new RegExp(
          `^\\[tables\\] table "${model.dbName ?? model.name}" exists in the database but no model maps to it`,
        ),
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
        text: editModel(text, model.name, (block) =>
          block.replace(new RegExp(`^(\\s+${field.name}\\s+\\w+)(.*)$`, "m"), '$1 @default("probe")$2'),
        ),
        expect: new RegExp(
          `^\\[defaults\\] ${model.name}\\.${field.name} .*default "probe" is missing from the database`,
        ),
      };
    },
  },
  {
    name: "a database default the schema does not have",
    mutate: (text) => ({
      text: text.replace("@default(now())", ""),
      expect: /^\[defaults\] \w+\.\w+ .*has database default CURRENT_TIMESTAMP but the schema has none/,
    }),
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
    mutate: (text) => ({
      text: text.replace(/^\s*@@index\(.*\)\s*$/m, ""),
      expect: /^\[indexes\] model \w+: index "\w+" on .* exists in the database but not in the schema/,
    }),
  },
  {
    name: "a unique constraint missing from the migrations",
    mutate: (text, dm) => {
      const { model, field } = freeScalars(dm).find((p) => p.field.isRequired && !p.field.isUnique)!;
      return {
        text: editModel(text, model.name, (block) =>
          block.replace(new RegExp(`^(\\s+${field.name}\\s+\\w+)(.*)$`, "m"), "$1 @unique$2"),
        ),
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
    expect(
      found.some((p) => pattern.test(p)),
      `expected a problem matching ${pattern}, got:\n${found.join("\n")}`,
    ).toBe(true);
  });
});

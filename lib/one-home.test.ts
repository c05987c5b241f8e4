import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each term of the app's vocabularies is declared in one module and imported from there:
// two `categoryLabel`s, or a StepCategoryId importable from three modules, is how two rules
// for one thing start.

const root = path.resolve(import.meta.dirname, "..");
const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return rel === path.join("lib", "generated") ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
const files = [...sourceFiles("lib"), ...sourceFiles("components")].map((file) => ({
  file,
  text: readFileSync(path.join(root, file), "utf8"),
}));

const DECLARED = /^export (?:async )?(?:function|const|let|type|interface|class|enum) ([A-Za-z_$][\w$]*)/gm;
const declaredIn = (text: string) => new Set([...text.matchAll(DECLARED)].map((m) => m[1]!));

describe("one home per name", () => {
  it("declares no exported name in two modules", () => {
    const homes = new Map<string, string[]>();
    for (const { file, text } of files)
      for (const name of declaredIn(text)) homes.set(name, [...(homes.get(name) ?? []), file]);
    const twice = [...homes]
      .filter(([, where]) => where.length > 1)
      .map(([name, where]) => `${name}: ${where.join(", ")}`);
    expect(twice).toEqual([]);
  });

  it("re-exports no pipeline or taxonomy term from another module", () => {
    const vocabulary = new Set(
      files
        .filter(
          ({ file }) =>
            file.startsWith(path.join("lib", "pipeline")) || file === path.join("lib", "notebook", "taxonomy.ts"),
        )
        .flatMap(({ text }) => [...declaredIn(text)]),
    );
    const reexports = files.flatMap(({ file, text }) =>
      [...text.matchAll(/^export (?:type )?\{([^}]*)\}/gm)]
        .flatMap((m) => m[1]!.split(",").map((name) => name.trim().split(/\s+as\s+/)[0]!))
        .filter((name) => vocabulary.has(name) && !declaredIn(text).has(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(reexports).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NOTEBOOK_ERROR_CODES } from "@/lib/notebook/errors";
import { AppError, ERROR_CODES, notebookErrorInfo, type ErrorCode } from "./errors";

/** The README table as ERROR_CODES says it should be: one row per status and meaning, codes in table order. */
function expectedReadmeTable(): string {
  const rows = new Map<string, { status: number; meaning: string; codes: string[] }>();
  const entries = (Object.entries(ERROR_CODES) as [ErrorCode, (typeof ERROR_CODES)[ErrorCode]][]).sort(
    ([, a], [, b]) => a.status - b.status,
  );
  for (const [code, { status, meaning }] of entries) {
    const key = `${status} ${meaning}`;
    const row = rows.get(key) ?? { status, meaning, codes: [] };
    row.codes.push(code);
    rows.set(key, row);
  }
  const lines = [...rows.values()].map(
    ({ status, meaning, codes }) => `| ${status} | ${codes.map((c) => `\`${c}\``).join(", ")} | ${meaning} |`,
  );
  return ["| status | code | meaning |", "| --- | --- | --- |", ...lines].join("\n");
}

function readmeApiErrorsSection(): string {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  const start = readme.indexOf("### API errors");
  expect(start, 'README.md has a "### API errors" section').toBeGreaterThan(-1);
  const rest = readme.slice(start + 1);
  const end = rest.search(/\n#{1,3} /);
  return end === -1 ? rest : rest.slice(0, end);
}

describe("ERROR_CODES", () => {
  it("is the table README.md lists under API errors (paste the expected table there when a code changes)", () => {
    expect(readmeApiErrorsSection()).toContain(expectedReadmeTable());
  });

  it("holds every notebook code, with its status by rule", () => {
    for (const code of NOTEBOOK_ERROR_CODES) expect(ERROR_CODES[code]).toEqual(notebookErrorInfo(code));
    expect(ERROR_CODES.too_large.status).toBe(413);
    expect(ERROR_CODES.not_a_notebook.status).toBe(422);
    expect(ERROR_CODES.busy.status).toBe(503);
  });

  it("gives each error the status of its code", () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      expect(new AppError(code, "m").status).toBe(ERROR_CODES[code].status);
    }
  });

  it("has only client and server error statuses, each meaning written out", () => {
    for (const { status, meaning } of Object.values(ERROR_CODES)) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
      expect(meaning).toMatch(/^[A-Z`].{10,}\.$/);
    }
  });
});

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { CURRENT_BANK } from "../../lib/assessment/banks";
import { ZAssessmentResult, ZQuestionBank } from "../../lib/validation/assessments";

// The CLI as a user runs it: a real process, real files, stdout and stderr as they come.

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const dir = mkdtempSync(path.join(tmpdir(), "assess-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ["scripts/cli.ts", ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
function file(name: string, body: unknown): string {
  const p = path.join(dir, name);
  writeFileSync(p, typeof body === "string" ? body : JSON.stringify(body));
  return p;
}

describe("cli questions and assess", { timeout: 60_000 }, () => {
  it("questions --json prints exactly the current bank", async () => {
    const { code, stdout, stderr } = await cli("questions", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(ZQuestionBank.parse(JSON.parse(stdout))).toEqual(CURRENT_BANK);
  });

  it("assess --json prints the result for a valid answers file", async () => {
    const answers = {
      bankVersion: CURRENT_BANK.version,
      answers: {
        "train.orchestration": "notebook",
        "exp.tracking": "nowhere",
        "data.versioning": "no",
        "release.registry": "files",
        "mon.model": "not_sure",
      },
    };
    const { code, stdout, stderr } = await cli("assess", file("valid.json", answers), "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = ZAssessmentResult.parse(JSON.parse(stdout));
    expect(result.google.level).toBe(0);
    expect(result.dimensions.find((d) => d.id === "monitoring")).toMatchObject({ notSure: 1, answered: 0 });
    expect(result.weakest[0]?.practices.length).toBeGreaterThan(0);
  });

  it("assess without --json prints a readable summary", async () => {
    const { code, stdout } = await cli(
      "assess",
      file("summary.json", { bankVersion: CURRENT_BANK.version, answers: {} }),
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Google Cloud level 0 \(confidence 0%, bank version \d+\)/);
  });

  it("assess names the problem of a bad file on one stderr line, exit 1", async () => {
    const bad = file("bad.json", { bankVersion: CURRENT_BANK.version, answers: { "serve.api": "grpc", nope: "x" } });
    const { code, stdout, stderr } = await cli("assess", bad, "--json");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toContain(`answers["serve.api"]: "grpc" is not an option of question "serve.api"`);
    expect(stderr).toContain(`answers.nope: "nope" is not a question of bank version ${CURRENT_BANK.version}`);
  });

  it("assess refuses a file that is not JSON, and a missing file", async () => {
    const notJson = await cli("assess", file("broken.json", "{ bankVersion: "));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("broken.json: ");
    const missing = await cli("assess", path.join(dir, "absent.json"));
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toContain("cannot read the file (ENOENT)");
  });
});

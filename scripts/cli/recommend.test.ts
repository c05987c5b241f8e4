import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog";
import { recommend } from "../../lib/recommend/recommend";
import { starter } from "../../lib/recommend/fixtures/diagrams";
import type { AssessmentView } from "../../lib/recommend/types";
import type { TeamProfile } from "../../lib/teams/profile";
import { ZRecommendationsResponse } from "../../lib/validation/recommendations";

// The CLI as a user runs it: a real process over real files, stdout and exit code.

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const dir = mkdtempSync(path.join(tmpdir(), "cli-recommend-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, value: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof value === "string" ? value : JSON.stringify(value));
  return target;
}

function cli(...args: string[]) {
  const result = spawnSync(tsx, ["scripts/cli.ts", "recommend", ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const diagram = starter("experimental");
const pipeline = file("p.json", { pipeline: diagram });
const profile: TeamProfile = { languages: ["python"], clouds: ["gcp"], preference: "none" };
const team = file("t.json", {
  profile: { ...profile, version: 3 },
  members: [
    {
      membershipId: "m1",
      name: "Ana",
      skills: { tools: [{ slug: "github-actions", familiarity: "expert" }], languages: [] },
      openWorkload: 2,
    },
  ],
});
const result: AssessmentView = { google: { level: 0 }, dimensions: [{ id: "serving", level: 1, confidence: 1 }] };
const assessment = file("a.json", { assessment: { id: "a1", result } });

// Each run starts tsx (2–3 s on a busy machine).
describe("cli recommend", { timeout: 60_000 }, () => {
  it("prints the API's answer for the files, as one JSON object", () => {
    const { code, stdout, stderr } = cli(
      "--pipeline",
      pipeline,
      "--assessment",
      assessment,
      "--profile",
      team,
      "--json",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { recommendations } = ZRecommendationsResponse.parse(JSON.parse(stdout));
    expect(recommendations).toEqual(
      recommend({
        diagram,
        assessment: result,
        profile,
        members: [
          {
            membershipId: "m1",
            name: "Ana",
            openWorkload: 2,
            skills: { tools: [{ slug: "github-actions", familiarity: "expert" }], languages: [], note: "" },
          },
        ],
        catalog: CATALOG,
      }),
    );
    expect(recommendations.gaps[0]?.component).toBe("model_api");
  });

  it("works from a bare diagram alone, and reads well without --json", () => {
    const { code, stdout } = cli("--pipeline", file("bare.json", diagram));
    expect(code).toBe(0);
    expect(stdout).toContain("No assessment given: one would sharpen the ranking");
    expect(stdout).toMatch(/^ 1\. Model serving API \[model_api, missing\] score \d+$/m);
    expect(stdout).toMatch(/^ {4}- FastAPI \(\d+\): /m);
  });

  it("names the problem in a bad file with exit code 1, and wrong usage with 2", () => {
    const unknownTool = file("bad-team.json", {
      profile: null,
      members: [{ name: "Bo", skills: { tools: [{ slug: "nope", familiarity: "some" }], languages: [] } }],
    });
    const bad = cli("--pipeline", pipeline, "--profile", unknownTool, "--json");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe(
      `${unknownTool}: Unknown tool 'nope': not in the catalog. at members.0.skills.tools.0.slug\n`,
    );
    expect(cli("--pipeline", file("junk.json", "{oops")).stderr).toMatch(/not valid JSON/);
    expect(cli("--pipeline", path.join(dir, "missing.json")).stderr).toMatch(/cannot read the file \(ENOENT\)/);
    expect(cli("--json").code).toBe(2);
    expect(cli("--pipeline").code).toBe(2);
  });
});

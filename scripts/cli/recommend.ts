// `mlops-map recommend --pipeline p.json [--assessment a.json] [--profile t.json] [--json]`:
// the project's ranked gaps, each with its tools, for files in the API's shapes (the same
// engine and catalog as GET /api/v1/projects/:projectId/recommendations). With --json, stdout
// is exactly one JSON object, { recommendations }, the API's answer; without it, a readable list.
//
// Files (lib/validation/recommendations.ts):
//   --pipeline    the API's GET …/pipeline answer { pipeline }, a bare diagram, or a PUT body
//   --assessment  an assessment result, or the API's assessment ({ assessment: { result } })
//   --profile     { profile: { languages, clouds, preference }, members?: [{ name, skills:
//                 { tools: [{ slug, familiarity }], languages, note? }, membershipId?, openWorkload? }] }

import { readFileSync } from "node:fs";
import type { z } from "zod";
import { CATALOG } from "../../lib/catalog/catalog";
import { recommend } from "../../lib/recommend/recommend";
import type { Recommendations } from "../../lib/recommend/types";
import { ZAssessmentFile, ZPipelineFile, ZProfileFile } from "../../lib/validation/recommendations";
import type { Command } from "commander";
import { runAction } from "./command";

/** Input files beyond this are refused before parsing (a 5,000-node diagram is ~2 MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type RecommendOptions = { pipeline: string; assessment?: string; profile?: string; json?: boolean };

export function registerRecommend(program: Command) {
  program
    .command("recommend")
    .description("rank a pipeline's gaps and the tools that fit the team")
    .requiredOption("--pipeline <file>", "the diagram: GET …/pipeline's answer, a bare diagram or a PUT body")
    .option("--assessment <file>", "an assessment result, or the API's assessment")
    .option("--profile <file>", "the team profile and members' skills")
    .option("--json", "print { recommendations } as one JSON object")
    .action((options: RecommendOptions) => runAction(() => run(options)));
}

class InputError extends Error {}

function run(options: RecommendOptions): number {
  try {
    const diagram = readInput(options.pipeline, ZPipelineFile);
    const assessmentFile = options.assessment;
    const profileFile = options.profile;
    const assessment = assessmentFile ? readInput(assessmentFile, ZAssessmentFile) : null;
    const team = profileFile ? readInput(profileFile, ZProfileFile) : { profile: null, members: [] };
    const recommendations = recommend({ diagram, assessment, ...team, catalog: CATALOG });
    process.stdout.write(
      options.json ? `${JSON.stringify({ recommendations }, null, 2)}\n` : readable(recommendations),
    );
    return 0;
  } catch (error) {
    console.error(error instanceof InputError ? error.message : `recommend failed: ${String(error)}`);
    return 1;
  }
}

function readInput<T extends z.ZodType>(file: string, schema: T): z.output<T> {
  let text: string;
  try {
    const bytes = readFileSync(file);
    if (bytes.length > MAX_FILE_BYTES) throw new InputError(`${file}: larger than ${MAX_FILE_BYTES} bytes`);
    text = bytes.toString("utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new InputError(`${file}: cannot read the file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${file}: not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = deepest(parsed.error.issues);
    const where = issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new InputError(`${file}: ${issue.message}${where}`);
  }
  return parsed.data;
}

/** A union's error nests the branches' issues; the most specific one tells the user most. */
function deepest(issues: z.core.$ZodIssue[]): z.core.$ZodIssue {
  let best = issues[0] as z.core.$ZodIssue;
  for (const issue of issues) {
    if (issue.code === "invalid_union")
      for (const branch of issue.errors) {
        const inner = deepest(branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
        if (inner.path.length > best.path.length) best = inner;
      }
    else if (issue.path.length > best.path.length || best.code === "invalid_union") best = issue;
  }
  return best;
}

function readable({ gaps, context }: Recommendations): string {
  const out: string[] = [];
  if (!context.hasPipeline) out.push("The pipeline is empty: draw or import one for advice that fits it.");
  if (!context.hasAssessment) out.push("No assessment given: one would sharpen the ranking (--assessment).");
  out.push(`Team level ${context.teamLevel} (from the ${context.teamLevelSource}). ${gaps.length} gaps:`, "");
  for (const gap of gaps) {
    out.push(
      `${String(gap.rank).padStart(2)}. ${gap.label} [${gap.component}, ${gap.status}] score ${gap.score.total}`,
    );
    out.push(`    ${gap.reason}`);
    for (const tool of gap.tools.slice(0, 3)) {
      const flag = tool.licence.flagged ? " [source-available]" : "";
      out.push(`    - ${tool.name} (${tool.score})${flag}: ${tool.reasons.slice(0, 3).join(" ")}`);
      const owner = tool.owners[0];
      if (owner)
        out.push(
          `      owner: ${owner.name} (${owner.familiarity}${owner.via === "family" ? `, knows ${owner.knows}` : ""})`,
        );
    }
  }
  return `${out.join("\n")}\n`;
}

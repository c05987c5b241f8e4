// `mlops-map import <notebook> --project <id>`: a notebook's steps onto a project's canvas,
// through the API as the import dialog does: the server analyses the upload (POST
// /api/v1/notebooks/analyze?preview=1, raw bytes), then the steps as the analysis grouped them,
// their links and cell sources go to POST …/pipeline/import at the diagram's current version.
// Someone saving in between makes the server answer 409; run the command again.

import path from "node:path";
import type { Command } from "commander";
import { MAX_NOTEBOOK_BYTES } from "../../lib/notebook/limits";
import { importBodyFromAnalysis } from "../../lib/notebook/import-body";
import type { TNotebookAnalysisResponse } from "../../lib/validation/notebooks";
import type { PipelineDiagram } from "../../lib/pipeline/types";
import { apiFrom, apiJson, jsonUpload, withApiOptions, type ApiOptions } from "./api-client";
import { CliError, printJson, readUpTo, runAction } from "./command";

export function registerImport(program: Command) {
  withApiOptions(
    program
      .command("import")
      .description("add a notebook's steps to a project's pipeline (server)")
      .argument("<notebook>", "a .ipynb, percent .py or .py file")
      .requiredOption("--project <id>", "the project whose pipeline gets the steps"),
  ).action((file: string, options: ApiOptions & { project: string }) =>
    runAction(async () => {
      const api = apiFrom(options);
      const bytes = readUpTo(file, MAX_NOTEBOOK_BYTES, "notebooks");
      const name = path.basename(file);
      const analysis = await apiJson<TNotebookAnalysisResponse>(
        api,
        "POST",
        `/api/v1/notebooks/analyze?preview=1&filename=${encodeURIComponent(name)}`,
        { bytes, contentType: "application/octet-stream", label: "upload" },
      );
      if (analysis.steps.length === 0) throw new CliError(`${file}: the notebook has no code steps to import`);
      const project = `/api/v1/projects/${encodeURIComponent(options.project)}`;
      const { version } = await apiJson<{ version: number }>(api, "GET", `${project}/pipeline/version`);
      const body = new TextEncoder().encode(JSON.stringify(importBodyFromAnalysis(analysis, name, version)));
      const { pipeline, addedNodeIds } = await apiJson<{ pipeline: PipelineDiagram; addedNodeIds: string[] }>(
        api,
        "POST",
        `${project}/pipeline/import`,
        jsonUpload(body, "import"),
      );
      if (options.json) return printJson({ version: pipeline.version, addedNodeIds });
      const steps = pipeline.nodes.filter((n) => addedNodeIds.includes(n.id) && n.kind === "step").length;
      process.stdout.write(
        `added ${steps} steps and ${addedNodeIds.length - steps} data nodes from ${name}; pipeline version ${pipeline.version}\n`,
      );
    }),
  );
}

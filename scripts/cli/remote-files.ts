// Files from and to a server:
//   mlops-map roadmap <project> [--format md|csv|json] [-o file]   GET …/roadmap.md|.csv|.json, bytes as served
//   mlops-map export <project> [-o backup.json]                    GET …/projects/:projectId/backup
//   mlops-map restore <backup.json> --team <id>                    POST …/teams/:teamId/projects/restore
// A file is written only once the whole answer has arrived, so a failure leaves no half file.

import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { MAX_BACKUP_BYTES } from "../../lib/backup/format";
import type { TRestoreResponse } from "../../lib/backup/restore-report";
import { apiFrom, apiJson, apiRequest, jsonUpload, withApiOptions, type ApiOptions } from "./api-client";
import { CliError, printJson, readUpTo, runAction } from "./command";

type FileOptions = ApiOptions & { output?: string };

export function registerRoadmap(program: Command) {
  withApiOptions(
    program
      .command("roadmap")
      .description("download a project's roadmap (server); stdout unless -o")
      .argument("<project>", "the project id")
      .addOption(new Option("--format <format>", "file format").choices(["md", "csv", "json"]).default("md"))
      .option("-o, --output <file>", "write the file here"),
  ).action((projectId: string, options: FileOptions & { format: "md" | "csv" | "json" }) =>
    runAction(async () => {
      const path = `/api/v1/projects/${encodeURIComponent(projectId)}/roadmap.${options.format}`;
      const response = await apiRequest(apiFrom(options), "GET", path);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!options.output) return void process.stdout.write(bytes);
      save(options.output, bytes, options.json);
    }),
  );
}

export function registerExport(program: Command) {
  withApiOptions(
    program
      .command("export")
      .description("download a project's backup (server)")
      .argument("<project>", "the project id")
      .option("-o, --output <file>", "write the backup here (default: the server's file name)"),
  ).action((projectId: string, options: FileOptions) =>
    runAction(async () => {
      const path = `/api/v1/projects/${encodeURIComponent(projectId)}/backup`;
      const response = await apiRequest(apiFrom(options), "GET", path);
      const bytes = new Uint8Array(await response.arrayBuffer());
      save(options.output ?? serverFileName(response) ?? `backup-${projectId}.json`, bytes, options.json);
    }),
  );
}

export function registerRestore(program: Command) {
  withApiOptions(
    program
      .command("restore")
      .description("restore a backup as a new project of a team (server)")
      .argument("<backup.json>", "a file made by export (or Download backup)")
      .requiredOption("--team <id>", "the team that gets the project"),
  ).action((file: string, options: ApiOptions & { team: string }) =>
    runAction(async () => {
      const bytes = readUpTo(file, MAX_BACKUP_BYTES, "backups");
      const path = `/api/v1/teams/${encodeURIComponent(options.team)}/projects/restore`;
      const restored = await apiJson<TRestoreResponse>(apiFrom(options), "POST", path, jsonUpload(bytes, "restore"));
      if (options.json) return printJson(restored);
      const { project, report } = restored;
      const c = report.counts;
      const lines = [
        `restored "${project.name}" as project ${project.id} in team ${project.teamId}`,
        `  ${c.nodes} nodes, ${c.edges} edges, ${c.cells} cells, ${c.groups} groups, ${c.assessments} assessments, ${c.roadmapItems} roadmap items`,
        report.unassignedEmails.length
          ? `  unassigned (not in the team): ${report.unassignedEmails.join(", ")}`
          : "  everyone named in the backup is in the team",
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    }),
  );
}

function save(file: string, bytes: Uint8Array, json: boolean | undefined) {
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    throw new CliError(`${file}: cannot write the file (${(error as { code?: string }).code ?? String(error)})`);
  }
  if (json) printJson({ file, bytes: bytes.length });
  else process.stdout.write(`wrote ${file} (${bytes.length} bytes)\n`);
}

/** The name in `Content-Disposition: attachment; filename="…"` (the server makes it plain ASCII). */
function serverFileName(response: Response): string | null {
  const match = /filename="([A-Za-z0-9._-]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? null;
}

// `mlops-map teams` and `mlops-map projects [--team <id>]`: what the token may see, from
// GET /api/v1/teams and GET /api/v1/teams/:teamId/projects. With --json, one JSON object
// ({ teams } or { projects }, each project with its teamId).

import type { Command } from "commander";
import type { TProject } from "../../lib/validation/projects";
import type { TTeamSummary } from "../../lib/validation/teams";
import { apiFrom, apiJson, withApiOptions, type Api, type ApiOptions } from "./api-client";
import { printJson, runAction } from "./command";
import { table } from "./table";

type TeamsBody = { teams: TTeamSummary[] };

export function registerTeams(program: Command) {
  withApiOptions(program.command("teams").description("list your teams (server)")).action((options: ApiOptions) =>
    runAction(async () => {
      const { teams } = await apiJson<TeamsBody>(apiFrom(options), "GET", "/api/v1/teams");
      if (options.json) return printJson({ teams });
      process.stdout.write(
        table(
          ["ID", "NAME", "ROLE", "MEMBERS", "PROJECTS"],
          teams.map((t) => [t.id, t.name, t.role, String(t.memberCount), String(t.projectCount)]),
        ),
      );
    }),
  );
}

export function registerProjects(program: Command) {
  withApiOptions(
    program
      .command("projects")
      .description("list the projects of one team, or of all your teams (server)")
      .option("--team <id>", "only this team's projects"),
  ).action((options: ApiOptions & { team?: string }) =>
    runAction(async () => {
      const api = apiFrom(options);
      const teamIds = options.team
        ? [options.team]
        : (await apiJson<TeamsBody>(api, "GET", "/api/v1/teams")).teams.map((t) => t.id);
      const projects: TProject[] = [];
      for (const teamId of teamIds) projects.push(...(await projectsOf(api, teamId)));
      if (options.json) return printJson({ projects });
      process.stdout.write(
        table(
          ["ID", "NAME", "TEAM", "UPDATED"],
          projects.map((p) => [p.id, p.name, p.teamId, p.updatedAt.slice(0, 10)]),
        ),
      );
    }),
  );
}

async function projectsOf(api: Api, teamId: string): Promise<TProject[]> {
  const path = `/api/v1/teams/${encodeURIComponent(teamId)}/projects`;
  return (await apiJson<{ projects: TProject[] }>(api, "GET", path)).projects;
}

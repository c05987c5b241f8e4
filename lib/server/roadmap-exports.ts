import "server-only";
import { roadmapCsv } from "@/lib/roadmap/csv";
import { roadmapFileName } from "@/lib/roadmap/file-name";
import { roadmapJson } from "@/lib/roadmap/json-export";
import { renderRoadmapMarkdown } from "@/lib/roadmap/markdown";
import type { RoadmapExportInput } from "@/lib/roadmap/types";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import { cachedExport, exportStamp } from "./roadmap-export-cache";
import { listItemRows, teamPeople, toItem, withCreators } from "./roadmap-rows";
import { maturitySnapshots, roadmapPipelineFacts } from "./roadmap-sources";
import type { SessionUser } from "./session";

// The roadmap's downloads (GET …/roadmap.md, .csv, .json): the pure renderers of
// lib/roadmap fed with the project's data. The date is today's in UTC, so a file's name
// and its heading agree wherever the server runs.

/** `body` is kept encoded: a cached download is sent as it is, not encoded again per request. */
export type RoadmapFile = { body: Uint8Array<ArrayBuffer>; contentType: string; filename: string };

const encoder = new TextEncoder();

export const EXPORT_TYPES = {
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
} as const;
export type RoadmapExportType = keyof typeof EXPORT_TYPES;

export async function roadmapExportInput(
  user: SessionUser,
  projectId: string,
  now = new Date(),
): Promise<RoadmapExportInput> {
  const db = getDb();
  const { project } = await requireProjectAccess(db, user, projectId, "team.read");
  const [rows, team, pipeline, latest] = await Promise.all([
    listItemRows(db, projectId),
    teamPeople(db, project.teamId),
    roadmapPipelineFacts(db, projectId),
    maturitySnapshots(db, projectId, 1),
  ]);
  const people = await withCreators(db, team, rows);
  return {
    project: { name: project.name },
    date: now.toISOString().slice(0, 10),
    maturity: latest[0] ?? null,
    pipeline: pipeline.nodes.length ? pipeline : null,
    items: rows.map((r) => toItem(r, people)),
  };
}

/** A download, rendered again only when the project changed since the last one (./roadmap-export-cache.ts). */
export async function roadmapFile(
  user: SessionUser,
  projectId: string,
  format: RoadmapExportType,
): Promise<RoadmapFile> {
  const now = new Date();
  const stamp = await exportStamp(user, projectId);
  const key = `${projectId}:${format}:${now.toISOString().slice(0, 10)}`;
  return cachedExport(key, stamp, async () => {
    const input = await roadmapExportInput(user, projectId, now);
    const body =
      format === "md" ? renderRoadmapMarkdown(input) : format === "csv" ? roadmapCsv(input.items) : roadmapJson(input);
    return {
      body: encoder.encode(body),
      contentType: EXPORT_TYPES[format],
      filename: roadmapFileName(input.project.name, input.date, format),
    };
  });
}

import { MAX_BACKUP_BYTES, ZProjectBackup } from "@/lib/backup/format";
import { ZRestoreResponse } from "@/lib/backup/restore-report";
import { ZProjectParams, ZTeamParams } from "@/lib/validation/params";
import { createdJson, download, type ApiOperation } from "./api-operation";

// Project backup and restore (lib/backup/). The file's format is ZProjectBackup, written once in
// components.schemas (./components.ts) and also published alone as a JSON Schema at
// GET /api/v1/backup.schema.json, for tools that write or check backups.
const tag = "Backup";

export const backupOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/projects/{projectId}/backup",
    operationId: "downloadProjectBackup",
    summary: "Download a project backup",
    description:
      "The whole project as one versioned JSON file: pipeline, assessments, roadmap, chosen tools; people by e-mail.",
    tag,
    params: ZProjectParams,
    responses: [download("application/json", "The backup file.", ZProjectBackup)],
  },
  {
    method: "post",
    path: "/teams/{teamId}/projects/restore",
    operationId: "restoreProjectBackup",
    summary: "Restore a backup as a new project",
    description:
      "Leads only: it brings owners and priorities along. Everything is checked before anything is written, in one transaction. People are matched by e-mail to the team's members; the others are left unassigned and listed in the report.",
    tag,
    params: ZTeamParams,
    body: { kind: "json", schema: ZProjectBackup, maxMb: MAX_BACKUP_BYTES / 1_000_000 },
    responses: [createdJson(ZRestoreResponse)],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "get",
    path: "/backup.schema.json",
    operationId: "getBackupSchema",
    summary: "The backup format's JSON Schema",
    description: "Public: it describes a file format and holds no data.",
    tag,
    auth: "public",
    responses: [{ status: 200, description: "A JSON Schema.", mediaType: "application/schema+json" }],
  },
];

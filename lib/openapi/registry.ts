import type { ApiOperation, ExternalSchema } from "./api-operation";
import { assessmentOperations } from "./paths-assessments";
import { backupOperations } from "./paths-backup";
import { catalogOperations } from "./paths-catalog";
import { choiceOperations } from "./paths-choices";
import { invitationOperations } from "./paths-invitations";
import { memberOperations } from "./paths-members";
import { metaOperations } from "./paths-meta";
import { notebookOperations } from "./paths-notebooks";
import { pipelineOperations } from "./paths-pipeline";
import { projectOperations } from "./paths-projects";
import { recommendationOperations } from "./paths-recommendations";
import { roadmapOperations } from "./paths-roadmap";
import { teamOperations } from "./paths-teams";
import { tokenOperations } from "./paths-tokens";

// Every documented /api/v1 operation, by area. GET /api/v1/openapi.json is built from this
// list (./document.ts), and lib/openapi/routes-documented.test.ts fails when a route file's
// method has no entry here, or an entry has no route.
//
// How to document a new route:
//  1. Add one entry to its area's list (./paths-<area>.ts; a new area is a new file plus a
//     line in API_AREAS below): method, path (the folder path under app/api/v1 with `[x]`
//     written `{x}`), operationId, summary, tag, and the zod schemas the route itself parses
//     with: `params` (lib/validation/params.ts), `query`, `body` ({ kind: "json", schema })
//     and the success `responses` (okJson / createdJson / NO_CONTENT / download).
//  2. Name in `errors` the codes the service adds (forbidden, conflict, …); those that follow
//     from the shape (401, 404/422 for params, 400/413/415/422 for a JSON body, 403
//     csrf_rejected for a write, 500, 503) are added by ./error-responses.ts.
//  3. `auth`: "session" for a route that refuses API tokens (token management), "public" for
//     one without credentials; the default is a session cookie or an API token.
//  4. A schema published elsewhere (e.g. the backup format's JSON Schema) is referenced, not
//     copied: give `schema: { $ref: "<its URL>" }` (an ExternalSchema), or add it to
//     EXTERNAL_SCHEMAS to list it in the document's components. Keep the URL on this server
//     (e.g. /api/v1/…): the reference page fetches every $ref it finds.

export const API_AREAS: Record<string, readonly ApiOperation[]> = {
  teams: teamOperations,
  members: memberOperations,
  invitations: invitationOperations,
  projects: projectOperations,
  pipeline: pipelineOperations,
  notebooks: notebookOperations,
  assessments: assessmentOperations,
  catalog: catalogOperations,
  choices: choiceOperations,
  recommendations: recommendationOperations,
  roadmap: roadmapOperations,
  backup: backupOperations,
  tokens: tokenOperations,
  meta: metaOperations,
};

export const API_OPERATIONS: readonly ApiOperation[] = Object.values(API_AREAS).flat();

/**
 * Schemas kept outside this document, by component name: each becomes a
 * `components.schemas` entry that is only a `$ref` to its URL. Empty: the backup format is
 * in components.schemas as ProjectBackup (and alone at /api/v1/backup.schema.json).
 */
export const EXTERNAL_SCHEMAS: Record<string, ExternalSchema> = {};

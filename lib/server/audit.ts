import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./db";
import { currentApiTokenId } from "./request-token";

export type AuditInput = {
  teamId: string;
  actorId: string | null;
  action: string;
  targetType: "team" | "membership" | "invitation" | "project" | "assessment" | "choice" | "roadmap_item" | "api_token";
  targetId?: string | null;
  projectId?: string | null;
  details?: Prisma.InputJsonObject;
};

/**
 * The row of one event (the defaults of a missing target and project in one place), with the
 * API token of the request when one authenticated it (./request-token.ts).
 */
function auditRow(event: AuditInput) {
  return {
    teamId: event.teamId,
    actorId: event.actorId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId ?? null,
    projectId: event.projectId ?? null,
    details: event.details ?? {},
    apiTokenId: currentApiTokenId(),
  };
}

/** Written inside the caller's transaction, so the event exists exactly when the change does. */
export async function recordAudit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({ data: auditRow(event) });
}

/** Many events in one statement (a bulk save, a reorder), inside the caller's transaction. */
export async function recordAudits(tx: Tx, events: AuditInput[]) {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({ data: events.map(auditRow) });
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./db";

export type AuditInput = {
  teamId: string;
  actorId: string | null;
  action: string;
  targetType: "team" | "membership" | "invitation" | "project" | "assessment" | "choice" | "roadmap_item";
  targetId?: string | null;
  projectId?: string | null;
  details?: Prisma.InputJsonObject;
};

/** Written inside the caller's transaction, so the event exists exactly when the change does. */
export async function recordAudit(tx: Tx, event: AuditInput) {
  await tx.auditEvent.create({
    data: {
      teamId: event.teamId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId ?? null,
      projectId: event.projectId ?? null,
      details: event.details ?? {},
    },
  });
}

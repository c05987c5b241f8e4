import "server-only";
import type { Membership } from "@/lib/generated/prisma/client";
import { can } from "@/lib/teams/roles";
import { ROADMAP_CONTENT_FIELDS, ROADMAP_PLAN_FIELDS, type TRoadmapItemField } from "@/lib/validation/roadmap";
import type { Tx } from "./db";
import { AppError, ForbiddenError } from "./errors";

// What zod cannot check about a roadmap write: whether the owner may own items and the
// nodes are in the project's diagram (422 naming the field), and which role may change
// which fields (403 naming them). One place, for create, bulk create and update.

type Issue = { path: string; message: string };

export function invalid(issues: Issue[]): AppError {
  const message = issues.map((i) => `${i.path}: ${i.message}`).join("; ");
  return new AppError("invalid_input", message, { issues });
}

/**
 * Owners must be LEADs or MEMBERs of the project's team; node ids must be nodes of its
 * diagram. `prefix` is the path of the item in the body ("items.3." for a bulk save).
 */
export async function checkReferences(
  tx: Tx,
  project: { id: string; teamId: string },
  items: { prefix: string; ownerId?: string | null; nodeIds?: readonly string[] }[],
): Promise<void> {
  const ownerIds = [...new Set(items.flatMap((i) => (i.ownerId ? [i.ownerId] : [])))];
  const nodeIds = [...new Set(items.flatMap((i) => i.nodeIds ?? []))];
  // One after the other: a transaction's queries share one connection.
  const owners = ownerIds.length
    ? await tx.membership.findMany({
        where: { teamId: project.teamId, id: { in: ownerIds } },
        select: { id: true, role: true },
      })
    : [];
  const nodes = nodeIds.length
    ? await tx.pipelineNode.findMany({
        where: { diagram: { projectId: project.id }, id: { in: nodeIds } },
        select: { id: true },
      })
    : [];
  const roleOf = new Map(owners.map((m) => [m.id, m.role]));
  const knownNodes = new Set(nodes.map((n) => n.id));
  const issues: Issue[] = [];
  for (const item of items) {
    if (item.ownerId) {
      const role = roleOf.get(item.ownerId);
      if (!role) issues.push({ path: `${item.prefix}ownerId`, message: "is not a member of this team." });
      else if (role === "VIEWER")
        issues.push({ path: `${item.prefix}ownerId`, message: "is a viewer; only leads and members can own items." });
    }
    (item.nodeIds ?? []).forEach((id, index) => {
      if (!knownNodes.has(id))
        issues.push({
          path: `${item.prefix}nodeIds.${index}`,
          message: `${id} is not a node of this project's pipeline.`,
        });
    });
  }
  if (issues.length) throw invalid(issues.slice(0, 20));
}

/**
 * 403 unless the actor may change every one of `fields` of the item: planning fields are
 * the leads', the status the owner's, content the owner's or creator's.
 */
export function checkFieldPermissions(
  membership: Pick<Membership, "id" | "role" | "userId">,
  item: { ownerId: string | null; createdById: string | null },
  fields: readonly TRoadmapItemField[],
): void {
  const plan = fields.filter((f) => (ROADMAP_PLAN_FIELDS as readonly string[]).includes(f));
  if (plan.length && !can(membership.role, "roadmap.plan"))
    throw new ForbiddenError(`Only leads can change ${plan.join(", ")} of a roadmap item.`);
  const owns = item.ownerId === membership.id;
  if (fields.includes("status") && !can(membership.role, "roadmap.set_status", { self: owns }))
    throw new ForbiddenError("Only a lead or the item's owner can change its status.");
  const content = fields.filter((f) => (ROADMAP_CONTENT_FIELDS as readonly string[]).includes(f));
  const ownsOrMade = owns || item.createdById === membership.userId;
  if (content.length && !can(membership.role, "roadmap.edit", { self: ownsOrMade }))
    throw new ForbiddenError(`Only a lead, the item's owner or its creator can change ${content.join(", ")}.`);
}

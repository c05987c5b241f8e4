import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Invitation, TeamRole } from "@/lib/generated/prisma/client";
import { ZCuid } from "@/lib/validation/common";
import { timestamp } from "@/lib/validation/common";
import {
  ZInvitationCreate,
  ZInvitationToken,
  type TInvitation,
  type TInvitationPreview,
  type TInvitationStatus,
} from "@/lib/validation/teams";
import { requireSignedInSession, requireTeamAccess, type TeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { ConflictError, GoneError, NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// No mail server exists: a lead creates an invitation, copies the link (shown once,
// only its hash is stored) and sends it however the team talks.

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function invitationStatus(
  inv: Pick<Invitation, "acceptedAt" | "revokedAt" | "expiresAt">,
  now = new Date(),
): TInvitationStatus {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt <= now) return "expired";
  return "pending";
}

export async function createInvitation(user: SessionUser, teamId: string, input: unknown) {
  const { role, label, expiresInDays } = ZInvitationCreate.parse(input);
  const token = randomBytes(32).toString("base64url");
  return getDb().$transaction(async (tx) => {
    await requireTeamAccess(tx, user, teamId, "invitations.manage");
    const invitation = await tx.invitation.create({
      data: {
        teamId,
        role,
        label: label || null,
        tokenHash: hashToken(token),
        invitedById: user.id,
        expiresAt: new Date(Date.now() + expiresInDays * 24 * 60 * 60 * 1000),
      },
      include: { invitedBy: { select: { name: true } } },
    });
    await recordAudit(tx, {
      teamId,
      actorId: user.id,
      action: "invitation.created",
      targetType: "invitation",
      targetId: invitation.id,
      details: { role, expiresAt: invitation.expiresAt.toISOString() },
    });
    return { invitation: toDto(invitation), token };
  });
}

export async function listInvitations(user: SessionUser, teamId: string): Promise<TInvitation[]> {
  return invitationsOf(await requireTeamAccess(getDb(), user, teamId, "team.read"));
}

/** The team's latest invitations, for a membership already checked; every member may read them. */
export async function invitationsOf(access: TeamAccess): Promise<TInvitation[]> {
  const rows = await getDb().invitation.findMany({
    where: { teamId: access.teamId },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { invitedBy: { select: { name: true } } },
  });
  return rows.map(toDto);
}

export async function revokeInvitation(user: SessionUser, teamId: string, invitationId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await requireTeamAccess(tx, user, teamId, "invitations.manage");
    if (!ZCuid.safeParse(invitationId).success) throw new NotFoundError("Invitation");
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, teamId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.invitation.findFirst({ where: { id: invitationId, teamId } });
      if (!exists) throw new NotFoundError("Invitation");
      throw new ConflictError(`This invitation is already ${invitationStatus(exists)}.`);
    }
    await recordAudit(tx, {
      teamId,
      actorId: user.id,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: invitationId,
    });
  });
}

/** What the invite page shows before joining: the team's name, the role, whether the link still works. */
export async function previewInvitation(token: string): Promise<TInvitationPreview> {
  const invitation = await findByToken(token);
  return {
    teamName: invitation.team.name,
    role: invitation.role,
    invitedBy: invitation.invitedBy?.name ?? null,
    status: invitationStatus(invitation),
    expiresAt: timestamp(invitation.expiresAt),
  };
}

export async function acceptInvitation(user: SessionUser, token: string): Promise<{ teamId: string; role: TeamRole }> {
  // Joining a team is the person's choice, made in the app, not a script's.
  requireSignedInSession(user, "Accepting an invitation");
  const invitation = await findByToken(token);
  return getDb().$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: invitation.teamId, userId: user.id } },
    });
    if (existing)
      throw new ConflictError(`You are already a member of ${invitation.team.name}.`, { teamId: invitation.teamId });
    // The conditions in the WHERE make the link single-use even when two people open it at once.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date(), acceptedById: user.id },
    });
    if (count === 0) {
      const current = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
      throw goneFor(invitationStatus(current));
    }
    const membership = await tx.membership.create({
      data: { teamId: invitation.teamId, userId: user.id, role: invitation.role },
    });
    await recordAudit(tx, {
      teamId: invitation.teamId,
      actorId: user.id,
      action: "membership.added",
      targetType: "membership",
      targetId: membership.id,
      details: { userId: user.id, role: invitation.role, via: "invitation", invitationId: invitation.id },
    });
    return { teamId: invitation.teamId, role: invitation.role };
  });
}

async function findByToken(token: string) {
  if (!ZInvitationToken.safeParse(token).success) throw new NotFoundError("Invitation");
  const invitation = await getDb().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { team: { select: { name: true } }, invitedBy: { select: { name: true } } },
  });
  if (!invitation) throw new NotFoundError("Invitation");
  return invitation;
}

function goneFor(status: TInvitationStatus): GoneError {
  const messages: Record<TInvitationStatus, string> = {
    accepted: "This invitation has already been used. Ask a lead for a new link.",
    revoked: "This invitation was revoked. Ask a lead for a new link.",
    expired: "This invitation has expired. Ask a lead for a new link.",
    pending: "This invitation cannot be used.",
  };
  return new GoneError(messages[status]);
}

function toDto(row: Invitation & { invitedBy: { name: string } | null }): TInvitation {
  return {
    id: row.id,
    role: row.role,
    label: row.label,
    status: invitationStatus(row),
    expiresAt: timestamp(row.expiresAt),
    createdAt: timestamp(row.createdAt),
    invitedBy: row.invitedBy?.name ?? null,
  };
}

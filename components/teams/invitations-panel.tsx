"use client";

import { Link2, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { ROLE_LABELS, type TTeamRole } from "@/lib/teams/roles";
import { RoleSelect } from "./role-select";
import type { TInvitation } from "@/lib/validation/teams";
import { useInvitationMutations, useInvitations } from "./use-team";

const STATUS_VARIANT = { pending: "default", accepted: "secondary", revoked: "outline", expired: "outline" } as const;

export function InvitationsPanel({
  teamId,
  canManage,
  initialInvitations,
}: {
  teamId: string;
  canManage: boolean;
  initialInvitations: TInvitation[];
}) {
  const { data: invitations } = useInvitations(teamId, initialInvitations);
  const { create, revoke } = useInvitationMutations(teamId);
  const [role, setRole] = useState<TTeamRole>("MEMBER");
  const [label, setLabel] = useState("");
  const [link, setLink] = useState<string | null>(null);

  async function createLink(event: React.FormEvent) {
    event.preventDefault();
    try {
      const result = await create.mutateAsync({ role, label: label.trim() || undefined });
      setLink(`${window.location.origin}${result.path}`);
      setLabel("");
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : "Could not create the invitation.");
    }
  }

  async function revokeOne(invitation: TInvitation) {
    try {
      await revoke.mutateAsync(invitation.id);
      toast.success("Invitation revoked.");
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : "Could not revoke the invitation.");
    }
  }

  const pending = invitations.filter((i) => i.status === "pending");
  const past = invitations.filter((i) => i.status !== "pending").slice(0, 10);

  return (
    <div className="grid gap-6">
      {canManage ? (
        <form
          onSubmit={createLink}
          className="grid gap-3 rounded-lg border p-4 sm:grid-cols-[auto_1fr_auto] sm:items-end"
        >
          <div className="grid gap-1.5">
            <Label htmlFor="invite-role">Role</Label>
            <RoleSelect id="invite-role" value={role} onChange={setRole} label="Role for the invited person" />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="invite-label">Note (optional)</Label>
            <Input
              id="invite-label"
              value={label}
              maxLength={80}
              onChange={(e) => setLabel(e.target.value)}
              placeholder="e.g. for Ana, data engineering"
            />
          </div>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? <Spinner className="size-4" /> : <Link2 className="size-4" aria-hidden="true" />}
            Create invite link
          </Button>
        </form>
      ) : (
        <p className="text-sm text-muted-foreground">Only leads can invite people. Ask a lead for an invite link.</p>
      )}

      {link && (
        <div className="grid gap-2 rounded-lg border border-primary/40 bg-primary/5 p-4" role="status">
          <Label htmlFor="invite-link">Invite link — shown once, valid for 7 days, for one person</Label>
          <CopyField key={link} id="invite-link" value={link} copiedMessage="Link copied. Send it to your colleague." />
        </div>
      )}

      <div className="grid gap-2">
        <h3 className="text-sm font-medium">Pending invitations</h3>
        {pending.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No pending invitations.{canManage && " Create a link above to invite someone."}
          </p>
        ) : (
          <ul className="divide-y rounded-lg border" aria-label="Pending invitations">
            {pending.map((invitation) => (
              <InvitationRow
                key={invitation.id}
                invitation={invitation}
                onRevoke={canManage ? () => void revokeOne(invitation) : undefined}
              />
            ))}
          </ul>
        )}
      </div>
      {past.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted-foreground">Recent invitations</summary>
          <ul className="mt-2 divide-y rounded-lg border">
            {past.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} />
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function InvitationRow({ invitation, onRevoke }: { invitation: TInvitation; onRevoke?: () => void }) {
  return (
    <li className="flex flex-wrap items-center gap-3 px-4 py-2.5 text-sm">
      <Badge variant={STATUS_VARIANT[invitation.status]}>{invitation.status}</Badge>
      <span className="font-medium">{ROLE_LABELS[invitation.role]}</span>
      {invitation.label && <span className="text-muted-foreground">{invitation.label}</span>}
      <span className="ml-auto text-xs text-muted-foreground">
        {invitation.invitedBy ? `by ${invitation.invitedBy}, ` : ""}
        {invitation.status === "pending"
          ? `expires ${new Date(invitation.expiresAt).toLocaleDateString()}`
          : new Date(invitation.createdAt).toLocaleDateString()}
      </span>
      {onRevoke && (
        <Button
          variant="ghost"
          size="sm"
          onClick={onRevoke}
          aria-label={`Revoke ${ROLE_LABELS[invitation.role]} invitation`}
        >
          <X className="size-4" aria-hidden="true" /> Revoke
        </Button>
      )}
    </li>
  );
}

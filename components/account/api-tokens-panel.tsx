"use client";

import { KeyRound, X } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiError } from "@/lib/client/api";
import type { TTeamRole } from "@/lib/teams/roles";
import { CEILING_LABELS } from "@/lib/tokens/ceiling-notes";
import { apiTokenState } from "@/lib/tokens/token-grant";
import type { TApiTokenCreated, TApiTokenView } from "@/lib/validation/api-tokens";
import { CreateApiTokenForm } from "./create-api-token-form";
import { ShownOnceSecret } from "./shown-once-secret";
import { useApiTokenMutations, useApiTokens } from "./use-api-tokens";

type Team = { id: string; name: string; role: TTeamRole };

const STATE_VARIANT = { active: "default", revoked: "outline", expired: "outline" } as const;

export function ApiTokensPanel({ teams, initialTokens }: { teams: Team[]; initialTokens: TApiTokenView[] }) {
  const { data: tokens } = useApiTokens(initialTokens);
  const { revoke } = useApiTokenMutations();
  const [made, setMade] = useState<TApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<TApiTokenView | null>(null);

  async function revokeOne(token: TApiTokenView) {
    try {
      await revoke.mutateAsync(token.id);
      if (made?.token.id === token.id) setMade(null);
      toast.success(`Token “${token.name}” revoked. Requests with it now get 401.`);
    } catch (error) {
      toast.error(error instanceof ApiError ? error.message : "Could not revoke the token.");
    }
  }

  return (
    <div className="grid gap-6">
      <CreateApiTokenForm teams={teams} onCreated={setMade} />
      {made && <ShownOnceSecret name={made.token.name} secret={made.secret} onDone={() => setMade(null)} />}
      {tokens.length === 0 ? (
        <EmptyState
          icon={KeyRound}
          titleAs="h3"
          title="No API tokens yet"
          description="Create one above for a CI job or the mlops-map CLI. It acts as you, only in the teams you choose."
        />
      ) : (
        <ul className="divide-y rounded-lg border" aria-label="Your API tokens">
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} teams={teams} onRevoke={() => setRevoking(token)} />
          ))}
        </ul>
      )}
      <ConfirmDeleteDialog
        subject={revoking}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        description="Scripts using it stop working at once. This cannot be undone: create a new token to replace it."
        confirmLabel="Revoke token"
        onOpenChange={(open) => !open && setRevoking(null)}
        onConfirm={revokeOne}
      />
    </div>
  );
}

function TokenRow({ token, teams, onRevoke }: { token: TApiTokenView; teams: Team[]; onRevoke: () => void }) {
  const state = apiTokenState(
    { revokedAt: token.revokedAt ? new Date(token.revokedAt) : null, expiresAt: new Date(token.expiresAt) },
    new Date(),
  );
  const teamNames =
    token.teamIds === null
      ? "All my teams"
      : token.teamIds.map((id) => teams.find((t) => t.id === id)?.name ?? "a team you left").join(", ");
  const day = (iso: string) => new Date(iso).toLocaleDateString();
  return (
    <li className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
      <div className="grid min-w-0 gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{token.name}</span>
          <code className="font-mono text-xs text-muted-foreground">{token.prefix}…</code>
          <Badge variant={STATE_VARIANT[state]}>{state}</Badge>
          <Badge variant="secondary">{CEILING_LABELS[token.ceiling]}</Badge>
        </div>
        <p className="truncate text-xs text-muted-foreground">{teamNames}</p>
        <p className="text-xs text-muted-foreground">
          Created {day(token.createdAt)} ·{" "}
          {state === "revoked" ? `revoked ${day(token.revokedAt!)}` : `expires ${day(token.expiresAt)}`} ·{" "}
          {token.lastUsedAt ? `last used ${new Date(token.lastUsedAt).toLocaleString()}` : "never used"}
        </p>
      </div>
      {state === "active" && (
        <Button
          variant="ghost"
          size="sm"
          className="justify-self-start"
          onClick={onRevoke}
          aria-label={`Revoke ${token.name}`}
        >
          <X className="size-4" aria-hidden="true" /> Revoke
        </Button>
      )}
    </li>
  );
}

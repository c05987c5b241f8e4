"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { apiFetch, ApiError } from "@/lib/client/api";

export function AcceptInvitation({ token, teamName, roleLabel }: { token: string; teamName: string; roleLabel: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; teamId?: string } | null>(null);

  async function accept() {
    setPending(true);
    setError(null);
    try {
      const { membership } = await apiFetch<{ membership: { teamId: string } }>(`/api/v1/invitations/${token}/accept`, { method: "POST" });
      router.replace(`/teams/${membership.teamId}`);
      router.refresh();
    } catch (e) {
      const body = e instanceof ApiError ? e.body : {};
      setError({ message: e instanceof ApiError ? e.message : "Could not join the team.", teamId: body.teamId as string | undefined });
      setPending(false);
    }
  }

  return (
    <div className="grid gap-3">
      {error && (
        <Alert variant="destructive">
          <AlertDescription>
            {error.message}{" "}
            {error.teamId && (
              <a className="underline" href={`/teams/${error.teamId}`}>
                Open the team
              </a>
            )}
          </AlertDescription>
        </Alert>
      )}
      <Button onClick={() => void accept()} disabled={pending}>
        {pending && <Spinner className="size-4" />}
        Join {teamName} as {roleLabel.toLowerCase()}
      </Button>
    </div>
  );
}

"use client";

import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { useAcceptInvitation } from "./use-accept-invitation";

export function AcceptInvitation({
  token,
  teamName,
  roleLabel,
}: {
  token: string;
  teamName: string;
  roleLabel: string;
}) {
  const { mutateAsync: acceptInvitation } = useAcceptInvitation(token);
  // Pending from the click until the team's page replaces this one, not only until the answer.
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; teamId?: string } | null>(null);

  async function accept() {
    setPending(true);
    setError(null);
    try {
      await acceptInvitation();
    } catch (e) {
      const body = e instanceof ApiError ? e.body : {};
      setError({
        message: e instanceof ApiError ? e.message : "Could not join the team.",
        teamId: body.teamId as string | undefined,
      });
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

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { apiFetch, ApiError } from "@/lib/client/api";
import { ZTeamRename } from "@/lib/validation/teams";

export function TeamNameForm({ teamId, name, canEdit }: { teamId: string; name: string; canEdit: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = ZTeamRename.safeParse({ name: value });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the name.");
      return;
    }
    setError(null);
    setPending(true);
    try {
      await apiFetch(`/api/v1/teams/${teamId}`, { method: "PATCH", body: parsed.data });
      toast.success("Team renamed.");
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not rename the team.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="grid gap-2 sm:max-w-md" noValidate>
      <Label htmlFor="team-name">Team name</Label>
      <div className="flex gap-2">
        <Input
          id="team-name"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          disabled={!canEdit}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "team-name-error" : undefined}
        />
        {canEdit && (
          <Button type="submit" variant="outline" disabled={pending || value.trim() === name}>
            {pending && <Spinner className="size-4" />}
            Save
          </Button>
        )}
      </div>
      {error && (
        <p id="team-name-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      {!canEdit && <p className="text-xs text-muted-foreground">Only leads can rename the team.</p>}
    </form>
  );
}

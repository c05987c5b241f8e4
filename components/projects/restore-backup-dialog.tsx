"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import type { TRestoreResponse } from "@/lib/backup/restore-report";
import { ApiError } from "@/lib/client/api";
import { useProjectMutations } from "./use-projects";

/**
 * "Restore from backup": a backup file (the project menu's "Download backup") becomes a new
 * project of this team; the report says what came back and who could not be assigned.
 */
export function RestoreBackupDialog({
  teamId,
  open,
  onOpenChange,
}: {
  teamId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { restore: restoreFile } = useProjectMutations(teamId);
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TRestoreResponse | null>(null);

  const close = (next: boolean) => {
    if (!next) {
      setError(null);
      setResult(null);
    }
    onOpenChange(next);
  };

  async function restore(file: File) {
    setBusy(true);
    setError(null);
    try {
      setResult(await restoreFile.mutateAsync(file));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not read the file.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Restore from backup</DialogTitle>
          <DialogDescription>
            Choose a project backup (.json). It becomes a new project of this team; people are matched by e-mail.
          </DialogDescription>
        </DialogHeader>
        {result ? (
          <RestoreReport teamId={teamId} result={result} />
        ) : (
          <div className="grid gap-2">
            <label htmlFor={inputId} className="text-sm font-medium">
              Backup file
            </label>
            <input
              id={inputId}
              type="file"
              accept="application/json,.json"
              disabled={busy}
              className="text-sm"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void restore(file);
              }}
            />
            {busy && (
              <p className="flex items-center gap-2 text-sm text-muted-foreground">
                <Spinner className="size-4" /> Restoring…
              </p>
            )}
            {error && (
              <p role="alert" className="text-sm text-destructive">
                {error}
              </p>
            )}
          </div>
        )}
        <DialogFooter>
          <Button variant="outline" onClick={() => close(false)}>
            {result ? "Done" : "Cancel"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function RestoreReport({ teamId, result }: { teamId: string; result: TRestoreResponse }) {
  const { project, report } = result;
  const { counts } = report;
  return (
    <div className="grid gap-3 text-sm" role="status">
      <p>
        Restored{" "}
        <Link className="font-medium underline" href={`/teams/${teamId}/projects/${project.id}/pipeline`}>
          {project.name}
        </Link>
        : {counts.nodes} pipeline nodes, {counts.edges} edges, {counts.assessments} assessments and{" "}
        {counts.roadmapItems} roadmap items.
      </p>
      {report.unassignedEmails.length > 0 ? (
        <div>
          <p>These people are not in this team, so their items and steps were left unassigned:</p>
          <ul aria-label="Unassigned people" className="mt-1 list-disc pl-5">
            {report.unassignedEmails.map((email) => (
              <li key={email}>{email}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Everyone named in the backup is in this team.</p>
      )}
    </div>
  );
}

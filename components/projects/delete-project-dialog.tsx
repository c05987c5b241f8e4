"use client";

import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Spinner } from "@/components/ui/spinner";
import type { TProject } from "@/lib/validation/projects";

export function DeleteProjectDialog({
  project,
  onOpenChange,
  onConfirm,
}: {
  project: TProject | null;
  onOpenChange: (open: boolean) => void;
  onConfirm: (project: TProject) => Promise<void>;
}) {
  const [pending, setPending] = useState(false);
  return (
    <AlertDialog open={project !== null} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{project?.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            The project and everything in it (pipeline, assessments, roadmap) are deleted for the whole team. This
            cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            disabled={pending}
            onClick={async (event) => {
              event.preventDefault();
              if (!project) return;
              setPending(true);
              await onConfirm(project);
              setPending(false);
              onOpenChange(false);
            }}
          >
            {pending && <Spinner className="size-4" />}
            Delete project
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}

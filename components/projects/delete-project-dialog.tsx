"use client";

import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
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
  return (
    <ConfirmDeleteDialog
      subject={project}
      title={<>Delete “{project?.name}”?</>}
      description="The project and everything in it (pipeline, assessments, roadmap) are deleted for the whole team. This cannot be undone."
      confirmLabel="Delete project"
      onOpenChange={onOpenChange}
      onConfirm={onConfirm}
    />
  );
}

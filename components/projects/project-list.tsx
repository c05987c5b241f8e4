"use client";

import { Download, FolderKanban, MoreHorizontal, Pencil, Plus, Trash2, Upload } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { can, type TTeamRole } from "@/lib/teams/roles";
import { DeleteProjectDialog } from "./delete-project-dialog";
import { ProjectFormDialog } from "./project-form-dialog";
import { RestoreBackupDialog } from "./restore-backup-dialog";
import type { TProject } from "@/lib/validation/projects";
import { useProjectMutations, useProjects } from "./use-projects";

export function ProjectList({
  teamId,
  role,
  initialProjects,
}: {
  teamId: string;
  role: TTeamRole;
  initialProjects: TProject[];
}) {
  const { data: projects, isFetching, isError, refetch } = useProjects(teamId, initialProjects);
  const { create, update, remove } = useProjectMutations(teamId);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [renaming, setRenaming] = useState<TProject | null>(null);
  const [deleting, setDeleting] = useState<TProject | null>(null);
  const canCreate = can(role, "project.create");
  const canRestore = can(role, "project.restore");

  return (
    <section aria-labelledby="projects-heading" className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="projects-heading" className="flex items-center gap-2 text-2xl font-semibold tracking-tight">
            Projects {isFetching && <Spinner className="size-4 text-muted-foreground" />}
          </h1>
          <p className="mt-1 text-muted-foreground">
            Each project is one ML system: its pipeline, maturity and roadmap.
          </p>
        </div>
        {canCreate ? (
          <div className="flex flex-wrap gap-2">
            {canRestore ? (
              <Button variant="outline" onClick={() => setRestoring(true)}>
                <Upload className="size-4" aria-hidden="true" /> Restore from backup
              </Button>
            ) : null}
            <Button onClick={() => setCreating(true)}>
              <Plus className="size-4" aria-hidden="true" /> New project
            </Button>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Viewers can look at projects but not create them.</p>
        )}
      </div>

      {isError && (
        <p role="alert" className="text-sm text-destructive">
          Could not refresh the projects.{" "}
          <button type="button" className="underline" onClick={() => void refetch()}>
            Try again
          </button>
        </p>
      )}

      {projects.length === 0 ? (
        <EmptyState
          icon={FolderKanban}
          title="No projects yet"
          description={
            canCreate
              ? "Create a project for your ML system, then map its pipeline from a notebook or by hand."
              : "When a lead or member creates a project it will appear here."
          }
          action={
            canCreate ? (
              <Button onClick={() => setCreating(true)}>
                <Plus className="size-4" aria-hidden="true" /> Create your first project
              </Button>
            ) : undefined
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Projects">
          {projects.map((project) => (
            <li key={project.id}>
              <Card className="relative h-full transition-colors hover:border-primary/40">
                <CardHeader className="pr-12">
                  <CardTitle className="truncate">
                    <Link
                      href={`/teams/${teamId}/projects/${project.id}/pipeline`}
                      className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none focus-visible:after:ring-[3px] focus-visible:after:ring-ring/50"
                    >
                      {project.name}
                    </Link>
                  </CardTitle>
                  <CardDescription className="line-clamp-2 min-h-10">
                    {project.description || "No description."}
                  </CardDescription>
                  <p className="text-xs text-muted-foreground">
                    Updated {new Date(project.updatedAt).toLocaleDateString()}
                  </p>
                </CardHeader>
                {canCreate ? (
                  <div className="absolute right-3 top-3 z-10">
                    <DropdownMenu>
                      <DropdownMenuTrigger asChild>
                        <Button variant="ghost" size="icon" aria-label={`Actions for ${project.name}`}>
                          <MoreHorizontal className="size-4" aria-hidden="true" />
                        </Button>
                      </DropdownMenuTrigger>
                      <DropdownMenuContent align="end">
                        <DropdownMenuItem asChild>
                          <a href={backupHref(project)} download>
                            <Download className="size-4" aria-hidden="true" /> Download backup
                          </a>
                        </DropdownMenuItem>
                        <DropdownMenuItem onSelect={() => setRenaming(project)}>
                          <Pencil className="size-4" aria-hidden="true" /> Rename
                        </DropdownMenuItem>
                        <DropdownMenuSeparator />
                        <DropdownMenuItem
                          variant="destructive"
                          disabled={!can(role, "project.delete")}
                          onSelect={() => setDeleting(project)}
                        >
                          <Trash2 className="size-4" aria-hidden="true" /> Delete
                          {!can(role, "project.delete") && " (leads only)"}
                        </DropdownMenuItem>
                      </DropdownMenuContent>
                    </DropdownMenu>
                  </div>
                ) : (
                  // A viewer changes nothing, but may take a backup (team.read): no menu, one link.
                  <div className="absolute right-3 top-3 z-10">
                    <Button asChild variant="ghost" size="icon">
                      <a href={backupHref(project)} download aria-label={`Download backup of ${project.name}`}>
                        <Download className="size-4" aria-hidden="true" />
                      </a>
                    </Button>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}

      <RestoreBackupDialog teamId={teamId} open={restoring} onOpenChange={setRestoring} />
      <ProjectFormDialog
        open={creating}
        onOpenChange={setCreating}
        title="New project"
        description="Name the ML system this project maps."
        submitLabel="Create project"
        onSubmit={async (values) => {
          const { project } = await create.mutateAsync(values);
          toast.success(`Created “${project.name}”.`);
        }}
      />
      <ProjectFormDialog
        open={renaming !== null}
        onOpenChange={(open) => !open && setRenaming(null)}
        title="Rename project"
        description="Change the project's name or description."
        submitLabel="Save"
        initial={renaming ? { name: renaming.name, description: renaming.description } : undefined}
        onSubmit={async (values) => {
          if (!renaming) return;
          await update.mutateAsync({ id: renaming.id, version: renaming.version, ...values });
          toast.success("Project saved.");
        }}
      />
      <DeleteProjectDialog
        project={deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        onConfirm={async (project) => {
          try {
            await remove.mutateAsync(project.id);
            toast.success(`Deleted “${project.name}”.`);
          } catch (error) {
            toast.error(error instanceof ApiError ? error.message : "Could not delete the project.");
          }
        }}
      />
    </section>
  );
}

/** The backup download; the server names the file (backup-<project>-<date>.json). */
function backupHref(project: TProject): string {
  return `/api/v1/projects/${project.id}/backup`;
}

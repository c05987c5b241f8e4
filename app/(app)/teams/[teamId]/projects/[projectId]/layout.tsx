import { ProjectTabs } from "@/components/projects/project-tabs";
import { Badge } from "@/components/ui/badge";
import { loadProjectPage } from "@/lib/server/project-page";
import { ROLE_LABELS } from "@/lib/teams/roles";

export default async function ProjectLayout({ children, params }: LayoutProps<"/teams/[teamId]/projects/[projectId]">) {
  const { teamId, projectId } = await params;
  const { project, role } = await loadProjectPage(teamId, projectId);
  return (
    // A tab whose content is marked data-full-bleed (the pipeline editor) gets the whole window width.
    <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-6 sm:px-6 has-[[data-full-bleed]]:max-w-none has-[[data-full-bleed]]:pb-0">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-semibold tracking-tight">{project.name}</h1>
          {project.description && <p className="mt-1 max-w-prose text-muted-foreground">{project.description}</p>}
        </div>
        <Badge variant="secondary" title="Your role in this team">
          {ROLE_LABELS[role]}
        </Badge>
      </div>
      <ProjectTabs base={`/teams/${teamId}/projects/${projectId}`} />
      <div>{children}</div>
    </div>
  );
}

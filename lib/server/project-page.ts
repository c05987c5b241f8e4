import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { orNotFound } from "./pages";
import { getProject } from "./projects";
import { requirePageUser } from "./session";

/** A project page's data, once per request; 404 when the project is not in the team of the URL. */
export const loadProjectPage = cache(async (teamId: string, projectId: string) => {
  const user = await requirePageUser(`/teams/${teamId}/projects/${projectId}`);
  const data = await orNotFound(getProject(user, projectId));
  if (data.team.id !== teamId) notFound();
  return { user, ...data };
});

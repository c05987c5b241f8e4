import type { ReactNode } from "react";
import { TeamNav } from "@/components/teams/team-nav";
import { orNotFound } from "@/lib/server/pages";
import { requirePageUser } from "@/lib/server/session";
import { getTeam } from "@/lib/server/teams";

export default async function TeamLayout({ children, params }: LayoutProps<"/teams/[teamId]">) {
  const { teamId } = await params;
  const user = await requirePageUser(`/teams/${teamId}`);
  const team = await orNotFound(getTeam(user, teamId));
  return (
    <>
      <TeamNav teamId={team.id} />
      {children as ReactNode}
    </>
  );
}

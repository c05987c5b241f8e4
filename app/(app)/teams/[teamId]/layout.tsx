import type { ReactNode } from "react";
import { TeamNav } from "@/components/teams/team-nav";
import { loadTeamPage } from "@/lib/server/team-page";

export default async function TeamLayout({ children, params }: LayoutProps<"/teams/[teamId]">) {
  const { teamId } = await params;
  const { team } = await loadTeamPage(teamId);
  return (
    <>
      <TeamNav teamId={team.id} />
      {children as ReactNode}
    </>
  );
}

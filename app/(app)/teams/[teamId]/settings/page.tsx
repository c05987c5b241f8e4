import type { Metadata } from "next";
import { InvitationsPanel } from "@/components/teams/invitations-panel";
import { MembersTable } from "@/components/teams/members-table";
import { TeamKnowledgeSection } from "@/components/teams/team-knowledge-section";
import { TeamNameForm } from "@/components/teams/team-name-form";
import { TeamProfileForm } from "@/components/teams/team-profile-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { loadTeamPage, loadTeamSettings } from "@/lib/server/team-page";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, TEAM_ROLES } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Team settings" };

export default async function TeamSettingsPage({ params }: PageProps<"/teams/[teamId]/settings">) {
  const { teamId } = await params;
  const [{ user, team }, { members, invitations, profile }] = await Promise.all([
    loadTeamPage(teamId),
    loadTeamSettings(teamId),
  ]);

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-6 px-4 py-8 sm:px-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Team settings</h1>
        <p className="mt-1 text-muted-foreground">
          You are a <strong className="font-medium text-foreground">{ROLE_LABELS[team.role].toLowerCase()}</strong> of{" "}
          {team.name}.
        </p>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>General</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <TeamNameForm teamId={team.id} name={team.name} canEdit={can(team.role, "team.rename")} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Team profile</h2>
          </CardTitle>
          <CardDescription>
            What the team works with. Tool recommendations are fitted to it: languages with an SDK, your cloud, and open
            source or managed first.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TeamProfileForm teamId={team.id} initialProfile={profile} canEdit={can(team.role, "team.edit_profile")} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>What the team knows</h2>
          </CardTitle>
          <CardDescription>
            The catalog tools members know, by component. “Related” means someone knows a tool of the same family.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TeamKnowledgeSection teamId={team.id} initialProfile={profile} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Members</h2>
          </CardTitle>
          <CardDescription>
            <span className="grid gap-0.5 sm:grid-cols-3">
              {TEAM_ROLES.map((role) => (
                <span key={role}>
                  <strong className="font-medium text-foreground">{ROLE_LABELS[role]}:</strong>{" "}
                  {ROLE_DESCRIPTIONS[role]}
                </span>
              ))}
            </span>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <MembersTable teamId={team.id} role={team.role} currentUserId={user.id} initialMembers={members} />
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Invitations</h2>
          </CardTitle>
          <CardDescription>
            No email is sent: create a link and share it with your colleague. It works once.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <InvitationsPanel
            teamId={team.id}
            canManage={can(team.role, "invitations.manage")}
            initialInvitations={invitations}
          />
        </CardContent>
      </Card>
    </div>
  );
}

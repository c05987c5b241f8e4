import { ArrowRight, FolderKanban, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageUser } from "@/lib/server/session";
import { listMyTeams } from "@/lib/server/teams";
import { ROLE_LABELS } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ searchParams }: PageProps<"/teams">) {
  const user = await requirePageUser("/teams");
  const teams = await listMyTeams(user);
  const { new: wantsNew } = await searchParams;

  return (
    <div className="mx-auto grid max-w-7xl grid-cols-[minmax(0,1fr)] gap-8 px-4 py-8 sm:px-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">
          {teams.length ? "Your teams" : `Welcome, ${user.name}`}
        </h1>
        <p className="mt-1 text-muted-foreground">
          {teams.length
            ? "Pick a team to see its projects, or start a new one."
            : "Start by creating a team for the people who build and run your ML system. You can invite them next."}
        </p>
      </div>

      {teams.length > 0 && (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Teams">
          {teams.map((team) => (
            <li key={team.id}>
              <Link
                href={`/teams/${team.id}`}
                className="group block rounded-xl focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                <Card className="h-full transition-colors group-hover:border-primary/40">
                  <CardHeader>
                    <CardTitle className="flex items-center justify-between gap-2">
                      <span className="truncate">{team.name}</span>
                      <ArrowRight
                        className="size-4 text-muted-foreground transition-transform group-hover:translate-x-0.5"
                        aria-hidden="true"
                      />
                    </CardTitle>
                    <CardDescription className="flex flex-wrap items-center gap-3">
                      <Badge variant="secondary">{ROLE_LABELS[team.role]}</Badge>
                      <span className="inline-flex items-center gap-1">
                        <Users className="size-3.5" aria-hidden="true" /> {team.memberCount}{" "}
                        {team.memberCount === 1 ? "member" : "members"}
                      </span>
                      <span className="inline-flex items-center gap-1">
                        <FolderKanban className="size-3.5" aria-hidden="true" /> {team.projectCount}{" "}
                        {team.projectCount === 1 ? "project" : "projects"}
                      </span>
                    </CardDescription>
                  </CardHeader>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}

      <Card id="new-team">
        <CardHeader>
          <CardTitle>
            <h2>{teams.length ? "Create another team" : "Create your team"}</h2>
          </CardTitle>
          <CardDescription>Teams hold projects, members and their roles.</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateTeamForm autoFocus={teams.length === 0 || wantsNew === "1"} />
        </CardContent>
      </Card>
    </div>
  );
}

import "server-only";
import { cache } from "react";
import { requireTeamAccess } from "./access";
import { getDb } from "./db";
import { invitationsOf } from "./invitations";
import { membersOf } from "./members";
import { orNotFound } from "./pages";
import { projectsOf } from "./projects";
import { teamProfileWithKnowledge } from "./team-profile";
import { requirePageUser } from "./session";
import { teamOf } from "./teams";

// A team page's data, read once per request: the layout, generateMetadata and the page
// all call these, and React's `cache` runs each once. Membership is checked once, in
// loadTeamPage; the lists read with the membership it found. 404 for a team the user is not in.

export const loadTeamPage = cache(async (teamId: string) => {
  const user = await requirePageUser(`/teams/${teamId}`);
  const access = await orNotFound(requireTeamAccess(getDb(), user, teamId, "team.read"));
  return { user, access, team: await teamOf(access) };
});

export const loadTeamProjects = cache(async (teamId: string) => projectsOf((await loadTeamPage(teamId)).access));

export const loadTeamSettings = cache(async (teamId: string) => {
  const { access } = await loadTeamPage(teamId);
  const [members, invitations, profile] = await Promise.all([
    membersOf(access),
    invitationsOf(access),
    teamProfileWithKnowledge(access),
  ]);
  return { members, invitations, profile };
});

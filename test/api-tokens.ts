import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as tokenRoute from "@/app/api/v1/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import type { TApiTokenCreate } from "@/lib/validation/api-tokens";
import { call } from "./api";

/** Creates a personal API token through the API, as the settings page does; returns its view and secret. */
export async function makeToken(owner: { cookie: string }, body: Partial<TApiTokenCreate> = {}) {
  const made = await call(tokensRoute.POST, {
    method: "POST",
    cookie: owner.cookie,
    body: { name: "CI", teamIds: null, ceiling: "MEMBER", ...body },
  });
  if (made.status !== 201) throw new Error(`token creation failed: ${made.status} ${JSON.stringify(made.body)}`);
  return { id: made.body!.token.id as string, secret: made.body!.secret as string };
}

export async function revokeToken(owner: { cookie: string }, tokenId: string) {
  return call(tokenRoute.DELETE, { method: "DELETE", cookie: owner.cookie, params: { tokenId } });
}

/** Headers of a script's request: the token, and no Origin (scripts send none). */
export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, origin: null });

/** The same write with the session cookie; `headers` as in call() (e.g. `{ origin: null }`). */
export const newProjectByCookie = (
  user: { cookie: string },
  teamId: string,
  name: string,
  headers: Record<string, string | null> = {},
) => call(teamProjects.POST, { method: "POST", cookie: user.cookie, params: { teamId }, body: { name }, headers });

/** A team of `owner`'s, made with the session cookie, with one project in it. */
export async function teamWithProject(owner: { cookie: string }, name: string) {
  const teamId = (await call(teamsRoute.POST, { method: "POST", cookie: owner.cookie, body: { name } })).body!.team
    .id as string;
  const projectId = (await newProjectByCookie(owner, teamId, "P")).body!.project.id as string;
  return { teamId, projectId };
}

import * as invitationAccept from "@/app/api/v1/invitations/[token]/accept/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import { call } from "./api";

/** `user` joins the team as `role` the way people do: the lead invites through the API, the user accepts. */
export async function joinTeam(lead: { cookie: string }, teamId: string, user: { cookie: string }, role = "MEMBER") {
  const invited = await call(teamInvitations.POST, {
    method: "POST",
    cookie: lead.cookie,
    params: { teamId },
    body: { role },
  });
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = invited.body!.token as string;
  const accepted = await call(invitationAccept.POST, { method: "POST", cookie: user.cookie, params: { token } });
  if (accepted.status !== 200)
    throw new Error(`accepting the invitation failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
}

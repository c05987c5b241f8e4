import { ZInvitationParams, ZTeamParams, ZTokenParams } from "@/lib/validation/params";
import {
  ZInvitationAcceptedResponse,
  ZInvitationCreate,
  ZInvitationCreatedResponse,
  ZInvitationPreviewResponse,
  ZInvitationsResponse,
} from "@/lib/validation/teams";
import { createdJson, NO_CONTENT, okJson, type ApiOperation } from "./api-operation";

const tag = "Invitations";

export const invitationOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/teams/{teamId}/invitations",
    operationId: "listInvitations",
    summary: "List the team's invitations",
    description: "Leads only.",
    tag,
    params: ZTeamParams,
    responses: [okJson(ZInvitationsResponse)],
    errors: ["forbidden"],
  },
  {
    method: "post",
    path: "/teams/{teamId}/invitations",
    operationId: "createInvitation",
    summary: "Invite someone",
    description: "Leads only. The token is returned once; the link to share is `path` on this app's origin.",
    tag,
    params: ZTeamParams,
    body: { kind: "json", schema: ZInvitationCreate },
    responses: [createdJson(ZInvitationCreatedResponse)],
    errors: ["forbidden"],
  },
  {
    method: "delete",
    path: "/teams/{teamId}/invitations/{invitationId}",
    operationId: "revokeInvitation",
    summary: "Revoke an invitation",
    description: "Leads only; one already accepted, revoked or expired is 409.",
    tag,
    params: ZInvitationParams,
    responses: [NO_CONTENT],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "get",
    path: "/invitations/{token}",
    operationId: "previewInvitation",
    summary: "Preview an invitation",
    description: "The team and role an invitation link offers, for anyone signed in who holds the link.",
    tag,
    params: ZTokenParams,
    responses: [okJson(ZInvitationPreviewResponse)],
    errors: ["gone"],
  },
  {
    method: "post",
    path: "/invitations/{token}/accept",
    operationId: "acceptInvitation",
    summary: "Accept an invitation",
    description:
      "The caller joins the team with the invitation's role; already a member is 409. A person signed in only: an API token gets 403 session_required.",
    tag,
    auth: "session",
    params: ZTokenParams,
    responses: [okJson(ZInvitationAcceptedResponse)],
    errors: ["gone", "conflict", "session_required"],
  },
];

import { z } from "zod";
import { ZCuid } from "./common";

// Route parameters: a malformed id is refused with 422 naming the parameter.
export const ZNoParams = z.object({});
export const ZTeamParams = z.object({ teamId: ZCuid });
export const ZProjectParams = z.object({ projectId: ZCuid });
export const ZMemberParams = z.object({ teamId: ZCuid, memberId: ZCuid });
export const ZInvitationParams = z.object({ teamId: ZCuid, invitationId: ZCuid });
export const ZTokenParams = z.object({ token: z.string().max(200) });
export const ZAssessmentParams = z.object({ projectId: ZCuid, assessmentId: ZCuid });
export const ZChoiceParams = z.object({ projectId: ZCuid, choiceId: ZCuid });
export const ZRoadmapItemParams = z.object({ projectId: ZCuid, itemId: ZCuid });

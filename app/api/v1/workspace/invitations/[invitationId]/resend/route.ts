import { handleRoute } from "@/lib/api/http/handle-route";
import { resendInvitationRoute } from "@/lib/api/members/invitation-contracts";
import { findInvitation } from "@/lib/invitations/find-invitations";
import { resendInvitation } from "@/lib/invitations/resend-invitation";

export const POST = handleRoute(resendInvitationRoute, async ({ actor, params }) => {
  await resendInvitation(actor, { invitationId: params.invitationId });
  return findInvitation(actor, params.invitationId);
});

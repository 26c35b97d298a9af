import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { getInvitationRoute, revokeInvitationRoute } from "@/lib/api/members/invitation-contracts";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

export const GET = handleResourceRead(getInvitationRoute);

export const DELETE = handleRoute(revokeInvitationRoute, async ({ actor, params }) => {
  await revokeInvitation(actor, { invitationId: params.invitationId });
});

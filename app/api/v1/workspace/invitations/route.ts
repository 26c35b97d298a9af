import { handleRoute } from "@/lib/api/http/handle-route";
import { inviteMemberRoute, listInvitationsRoute } from "@/lib/api/members/invitation-contracts";
import { findInvitation, findInvitations } from "@/lib/invitations/find-invitations";
import { inviteMember } from "@/lib/invitations/invite-member";

export const GET = handleRoute(listInvitationsRoute, async ({ actor }) => ({ items: await findInvitations(actor) }));

export const POST = handleRoute(inviteMemberRoute, async ({ actor, body, url, headers }) => {
  const { invitationId } = await inviteMember(actor, body.value);
  headers.set("Location", `${url.pathname}/${invitationId}`);
  return findInvitation(actor, invitationId);
});

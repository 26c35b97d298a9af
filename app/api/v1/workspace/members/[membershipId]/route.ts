import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { changeMemberRoleRoute, getMemberRoute, removeMemberRoute } from "@/lib/api/members/contracts";
import { getApiMember } from "@/lib/api/members/find-api-members";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";

export const GET = handleResourceRead(getMemberRoute);

export const PATCH = handleRoute(changeMemberRoleRoute, async ({ actor, params, body }) => {
  await changeMemberRole(actor, { membershipId: params.membershipId, role: body.value.role });
  // NotFound when removed between the two statements by someone else
  return getApiMember(actor, params.membershipId);
});

export const DELETE = handleRoute(removeMemberRoute, async ({ actor, params }) => {
  await removeMember(actor, { membershipId: params.membershipId });
});

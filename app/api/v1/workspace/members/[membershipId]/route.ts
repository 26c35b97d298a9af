import { handleRoute } from "@/lib/api/handle-route";
import { changeMemberRoleRoute, removeMemberRoute } from "@/lib/api/members/contracts";
import { findApiMembers } from "@/lib/api/members/find-api-members";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { NotFoundError } from "@/lib/errors";

export const PATCH = handleRoute(changeMemberRoleRoute, async ({ actor, params, body }) => {
  await changeMemberRole(actor, { membershipId: params.membershipId, role: body.value.role });
  const member = (await findApiMembers(actor)).find((m) => m.membershipId === params.membershipId);
  // removed between the two statements by someone else
  if (!member) throw new NotFoundError("Member");
  return member;
});

export const DELETE = handleRoute(removeMemberRoute, async ({ actor, params }) => {
  await removeMember(actor, { membershipId: params.membershipId });
});

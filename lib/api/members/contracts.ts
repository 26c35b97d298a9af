import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getApiMember } from "@/lib/api/members/find-api-members";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";
import { RoleSchema } from "@/lib/members/schemas";
import { PageQuerySchema } from "@/lib/paging/newest-first";

export const MemberSchema = z
  .object({
    membershipId: Id,
    userId: Id,
    email: z.string(),
    name: z.string().nullable(),
    role: RoleSchema,
    joinedAt: DateTime,
  })
  .meta({ id: "Member" });

export const MemberPageSchema = pageSchema(MemberSchema, "MemberPage")
  .extend({ total: z.number().int().describe("how many members match, on every page (all of them without `q`)") })
  .meta({ id: "MemberPage" });

export const MemberPageQuerySchema = PageQuerySchema.extend({
  // a member's cursor carries their name and email, so it is longer than a date's
  cursor: z.string().max(2000).optional().describe("`nextCursor` (or `previousCursor`) of the page read before"),
  q: z.string().max(200).optional().describe("only members whose name or email contains this, in any case"),
});
export type MemberPageQuery = z.output<typeof MemberPageQuerySchema>;

const MemberParams = z.object({ membershipId: Id });

/** A member of the workspace: the person and their role. */
export const memberResource = defineResource({
  name: "Member",
  schema: MemberSchema,
  table: "Membership",
  idParam: "membershipId",
  load: (actor, membershipId) => getApiMember(actor, membershipId),
});

export const listMembersRoute = defineRoute({
  method: "GET",
  path: "/workspace/members",
  operationId: "listMembers",
  summary: "List the workspace's members (admins)",
  description:
    "By name, then email (both case-insensitive; people without a name last), a page at a time, as the members page lists them; `q` finds a person by name or email. " +
    "New people join through invitations (/workspace/invitations).",
  tag: "Members",
  role: "ADMIN",
  query: MemberPageQuerySchema,
  success: { status: 200, description: "A page of members", schema: MemberPageSchema },
  errors: [400, 403],
});

export const getMemberRoute = defineRoute({
  method: "GET",
  path: "/workspace/members/{membershipId}",
  operationId: "getMember",
  summary: "Get one member (admins)",
  tag: "Members",
  role: "ADMIN",
  params: MemberParams,
  success: { status: 200, description: "The member", schema: MemberSchema },
  errors: [403, 404],
  resource: memberResource,
});

export const changeMemberRoleRoute = defineRoute({
  method: "PATCH",
  path: "/workspace/members/{membershipId}",
  operationId: "changeMemberRole",
  summary: "Change a member's role (admins)",
  description: "The last admin cannot be demoted (409): make someone else an admin first.",
  tag: "Members",
  role: "ADMIN",
  params: MemberParams,
  body: {
    mediaTypes: { "application/json": z.object({ role: RoleSchema }).strict().meta({ id: "ChangeMemberRole" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The member with the new role", schema: MemberSchema },
  errors: [400, 403, 404, 409, 413, 415],
  resource: memberResource,
});

export const removeMemberRoute = defineRoute({
  method: "DELETE",
  path: "/workspace/members/{membershipId}",
  operationId: "removeMember",
  summary: "Remove a member (admins)",
  description:
    "The person keeps their account. The API tokens they made in this workspace are revoked for good (reason `creator_left`): coming back later brings none of them back. The last admin cannot be removed (409).",
  tag: "Members",
  role: "ADMIN",
  params: MemberParams,
  success: { status: 204, description: "Removed" },
  errors: [403, 404, 409],
  resource: memberResource,
});

import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { findInvitation } from "@/lib/invitations/find-invitations";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { RoleSchema } from "@/lib/members/schemas";
import { InviteMemberInputSchema } from "@/lib/invitations/schemas";

export const InvitationSchema = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string().nullable(),
    role: RoleSchema,
    status: z.enum(["pending", "expired", "accepted", "revoked"]).describe("expired: still open, can be resent"),
    invitedBy: z.object({ name: z.string().nullable(), email: z.string() }).nullable(),
    createdAt: DateTime,
    lastSentAt: DateTime,
    expiresAt: DateTime.describe("7 days after it was last sent"),
    acceptedAt: DateTime.nullable(),
    revokedAt: DateTime.nullable(),
    delivery: z
      .object({
        state: z.enum(["sent", "not_sent", "failed"]),
        sentAt: DateTime.nullable(),
        lastError: z.string().nullable(),
      })
      .nullable()
      .describe("the email of the last sending; not_sent without SMTP_URL"),
  })
  .meta({ id: "Invitation" });

export const InvitationPageSchema = pageSchema(InvitationSchema, "InvitationPage")
  .extend({ total: z.number().int().describe("how many invitations the list has, on every page") })
  .meta({ id: "InvitationPage" });

const InvitationParams = z.object({ invitationId: Id });

/** An invitation in any state (its ETag also changes when it expires, or when its email goes out). */
export const invitationResource = defineResource({
  name: "Invitation",
  schema: InvitationSchema,
  table: "Invitation",
  idParam: "invitationId",
  load: (actor, invitationId) => findInvitation(actor, invitationId),
});

export const listInvitationsRoute = defineRoute({
  method: "GET",
  path: "/workspace/invitations",
  operationId: "listInvitations",
  summary: "List invitations (admins)",
  description:
    "Open invitations (also expired ones, which can be resent) and those accepted or revoked in the last 14 days, the newest made first, a page at a time. The link's token is never returned: it exists only in the email.",
  tag: "Members",
  role: "ADMIN",
  query: PageQuerySchema,
  success: { status: 200, description: "A page of invitations", schema: InvitationPageSchema },
  errors: [400, 403],
});

export const inviteMemberRoute = defineRoute({
  method: "POST",
  path: "/workspace/invitations",
  operationId: "inviteMember",
  summary: "Invite someone by email (admins)",
  description:
    "Emails a single-use link, valid 7 days, to join with `role`. No account is made and no password is set: the person chooses their own when they accept (or signs in, if they have an account). " +
    "409 when the address is already a member, or already has an open invitation (resend that one instead).",
  tag: "Members",
  role: "ADMIN",
  body: {
    mediaTypes: { "application/json": InviteMemberInputSchema.strict().meta({ id: "InviteMember" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 201, description: "The invitation (Location: its URL)", schema: InvitationSchema },
  errors: [400, 403, 409, 413, 415],
  creates: invitationResource,
});

export const getInvitationRoute = defineRoute({
  method: "GET",
  path: "/workspace/invitations/{invitationId}",
  operationId: "getInvitation",
  summary: "Get one invitation, in any state (admins)",
  tag: "Members",
  role: "ADMIN",
  params: InvitationParams,
  success: { status: 200, description: "The invitation", schema: InvitationSchema },
  errors: [403, 404],
  resource: invitationResource,
});

export const revokeInvitationRoute = defineRoute({
  method: "DELETE",
  path: "/workspace/invitations/{invitationId}",
  operationId: "revokeInvitation",
  summary: "Revoke an open invitation (admins)",
  description:
    "Its link stops working at once. An accepted or revoked invitation is not found (404); to undo a membership, remove the member.",
  tag: "Members",
  role: "ADMIN",
  params: InvitationParams,
  success: { status: 204, description: "Revoked" },
  errors: [403, 404],
  resource: invitationResource,
});

export const resendInvitationRoute = defineRoute({
  method: "POST",
  path: "/workspace/invitations/{invitationId}/resend",
  operationId: "resendInvitation",
  summary: "Send an open invitation again (admins)",
  description:
    "A new link, valid 7 more days, goes out by email; the previous link stops working. Also for an expired invitation.",
  tag: "Members",
  role: "ADMIN",
  params: InvitationParams,
  success: { status: 200, description: "The invitation", schema: InvitationSchema },
  errors: [403, 404],
  resource: invitationResource,
});

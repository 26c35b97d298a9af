import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { inviteMemberRoute, listInvitationsRoute } from "@/lib/api/members/invitation-contracts";
import { findInvitation, findInvitations } from "@/lib/invitations/find-invitations";
import { inviteMember } from "@/lib/invitations/invite-member";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { MalformedCursorError } from "@/lib/paging/newest-first";

export const GET = handleRoute(listInvitationsRoute, async ({ actor, query, url, headers }) => {
  const page = await findInvitations(actor, { cursor: query.cursor, pageSize: query.limit }).catch((error: unknown) => {
    throw error instanceof InvalidCursorError ? new MalformedCursorError() : error;
  });
  linkPages(url, headers, page);
  return page;
});

export const POST = handleRoute(inviteMemberRoute, async ({ actor, body, url, headers }) => {
  const { invitationId } = await inviteMember(actor, body.value);
  headers.set("Location", `${url.pathname}/${invitationId}`);
  return findInvitation(actor, invitationId);
});

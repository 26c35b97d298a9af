import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { listNotificationsRoute } from "@/lib/api/notifications/contracts";
import { findNotificationsPage } from "@/lib/notifications/find-notifications-page";
import { tokenInbox } from "@/lib/notifications/scope";

export const GET = handleRoute(listNotificationsRoute, async ({ actor, query, url, headers }) => {
  const page = await findNotificationsPage(tokenInbox(actor), query);
  linkPages(url, headers, page);
  const origin = apiOrigin(url);
  return {
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    items: page.items.map(({ workspaceName: _workspace, link, ...n }) => ({
      ...n,
      link: link ? `${origin}${link}` : null,
    })),
  };
});

import { handleRoute } from "@/lib/api/http/handle-route";
import { markNotificationReadRoute } from "@/lib/api/notifications/contracts";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { tokenInbox } from "@/lib/notifications/scope";

export const POST = handleRoute(markNotificationReadRoute, async ({ actor, params }) => {
  await markNotificationRead(tokenInbox(actor), { notificationId: params.notificationId });
});

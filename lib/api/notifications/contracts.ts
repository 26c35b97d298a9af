import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, pageSchema } from "@/lib/api/http/wire";
import { NotificationKind } from "@/lib/generated/prisma/enums";

export const NotificationSchema = z
  .object({
    id: Id,
    kind: z.enum(NotificationKind),
    title: z.string(),
    body: z.string().describe("in full, e.g. a reviewer's whole reason"),
    link: z.string().nullable().describe("the page in the app it is about (signed-in members)"),
    createdAt: DateTime,
    readAt: DateTime.nullable().describe("null while unread"),
  })
  .meta({ id: "Notification" });

export const listNotificationsRoute = defineRoute({
  method: "GET",
  path: "/notifications",
  operationId: "listNotifications",
  summary: "List the token creator's notifications in this workspace, newest first",
  description:
    "A token acts as the person who created it: these are their notifications (assignments, reviews of their verdicts, corrections), only those of the token's workspace.",
  tag: "Notifications",
  role: "VIEWER",
  query: PageQuerySchema,
  success: {
    status: 200,
    description: "A page of notifications",
    schema: pageSchema(NotificationSchema, "NotificationPage"),
  },
  errors: [400],
});

export const markNotificationReadRoute = defineRoute({
  method: "POST",
  path: "/notifications/{notificationId}/read",
  operationId: "markNotificationRead",
  summary: "Mark one of the token creator's notifications read",
  description:
    "No body. Marking a read notification again changes nothing. Any token role may: it changes only the creator's own inbox. Someone else's notification: 404.",
  tag: "Notifications",
  role: "VIEWER",
  params: z.object({ notificationId: Id }),
  success: { status: 204, description: "Marked read" },
  errors: [404],
});

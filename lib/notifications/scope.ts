import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** Whose notifications a caller sees: a person's own, in every workspace (the app) or in one (an API token). */
export interface Inbox {
  userId: string;
  /** set: only this workspace's notifications (an API token's workspace) */
  workspaceId?: string;
}

/** The signed-in person's inbox, across their workspaces. */
export function personalInbox(userId: string): Inbox {
  return { userId };
}

/** An API token's view: its creator's notifications in the token's workspace. */
export function tokenInbox(actor: Actor): Inbox {
  return { userId: actor.userId, workspaceId: actor.workspaceId };
}

/** SECURITY: every notification read and write is limited to the inbox's owner (and workspace, for a token). */
export function notificationScope(inbox: Inbox, notificationId?: string): Prisma.NotificationWhereInput {
  return {
    userId: inbox.userId,
    ...(inbox.workspaceId !== undefined ? { workspaceId: inbox.workspaceId } : {}),
    ...(notificationId !== undefined ? { id: notificationId } : {}),
  };
}

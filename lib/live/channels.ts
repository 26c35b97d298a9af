import { z } from "zod";

/**
 * The two PostgreSQL notification channels of live updates and their payloads.
 * Channel names are database-wide, so they carry the product's name.
 */

/** Written by the AuditEvent_notify trigger (migration 20261122085300_live_notify) at commit. */
export const CHANGE_CHANNEL = "factdesk_change";

/** Written by app instances (lib/live/live-hub.ts): who views which article. */
export const PRESENCE_CHANNEL = "factdesk_presence";

/** One committed AuditEvent, ids only. `seq` is a bigint, kept as its decimal string. */
export interface ChangeNotification {
  seq: string;
  workspaceId: string;
  entityType: string;
  entityId: string;
  action: string;
}

const ChangeNotificationSchema = z.object({
  seq: z.string().regex(/^\d+$/),
  workspaceId: z.string().min(1),
  entityType: z.string().min(1),
  entityId: z.string().min(1),
  action: z.string().min(1),
});

/** The trigger's JSON payload, or null when it is not one (another program may use the channel). */
export function parseChangeNotification(payload: string): ChangeNotification | null {
  const parsed = ChangeNotificationSchema.safeParse(safeJson(payload));
  return parsed.success ? parsed.data : null;
}

/**
 * join: a stream opened (others answer with a beat, so the newcomer learns who is there);
 * beat: still viewing (sent every PRESENCE_HEARTBEAT_MS, and in answer to a join);
 * leave: the stream closed.
 * A viewer is one open stream; a person with two tabs is two viewers and one name.
 */
export interface PresenceMessage {
  kind: "join" | "beat" | "leave";
  /** the app instance holding the stream: it answers joins only from other instances */
  instanceId: string;
  viewerId: string;
  workspaceId: string;
  articleId: string;
  userId: string;
  /** shown to other members of the workspace; NOTIFY payloads stay under 8000 bytes */
  name: string;
}

const PresenceMessageSchema = z.object({
  kind: z.enum(["join", "beat", "leave"]),
  instanceId: z.string().min(1).max(64),
  viewerId: z.string().min(1).max(64),
  workspaceId: z.string().min(1).max(64),
  articleId: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
  name: z.string().max(200),
});

export const MAX_PRESENCE_NAME = 200;

export function formatPresenceMessage(message: PresenceMessage): string {
  return JSON.stringify({ ...message, name: message.name.slice(0, MAX_PRESENCE_NAME) });
}

export function parsePresenceMessage(payload: string): PresenceMessage | null {
  const parsed = PresenceMessageSchema.safeParse(safeJson(payload));
  return parsed.success ? parsed.data : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

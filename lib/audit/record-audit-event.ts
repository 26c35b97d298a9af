import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export interface AuditEntry {
  /** dotted verb, e.g. "member.role_changed" */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Who the audit row names: a member acting in a workspace, or a user acting outside one. */
export interface AuditActor {
  userId: string | null;
  workspaceId: string | null;
}

/**
 * Appends one AuditEvent. Always called with the transaction client of the
 * change it records, so the change and its audit row commit or fail together.
 */
export async function recordAuditEvent(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

// Dates, bigints and Decimals become strings; undefined stays "no value".
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

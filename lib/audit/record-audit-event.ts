import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { noteWriter } from "@/lib/db/replica-write-positions";

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
      // strictUndefinedChecks: absent values are left out, not passed as undefined
      ...jsonField("before", entry.before),
      ...jsonField("after", entry.after),
    },
  });
  noteWriter(actor.userId); // after commit, their reads wait for a replica that has it (read-your-writes)
}

// Dates, bigints and Decimals become strings; a missing value leaves the column NULL.
function jsonField<K extends string>(key: K, value: unknown): Partial<Record<K, Prisma.InputJsonValue>> {
  if (value === undefined || value === null) return {};
  const json = JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
  return { [key]: json } as Record<K, Prisma.InputJsonValue>;
}

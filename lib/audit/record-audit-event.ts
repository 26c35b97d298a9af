import type { Tx } from "@/lib/db/client";
import { noteWriter } from "@/lib/db/replica-write-positions";
import { auditEventInsertSql } from "@/lib/audit/audit-event-sql";

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
 * The row is spelled in auditEventInsertSql, which statements that write a
 * change and its event at once use too.
 */
export async function recordAuditEvent(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw(auditEventInsertSql(actor, entry));
  noteWriter(actor.userId); // after commit, their reads wait for a replica that has it (read-your-writes)
}

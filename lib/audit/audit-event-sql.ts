import { Prisma } from "@/lib/generated/prisma/client";
// ids for rows written in raw SQL, where Prisma's @default(cuid()) does not run: collision-resistant, no "-"
import { createId as newRowId } from "@paralleldrive/cuid2";
import type { AuditActor, AuditEntry } from "@/lib/audit/record-audit-event";

/**
 * What an audit event records, where any of entityId, before and after may
 * instead be an SQL expression (Prisma.Sql) over the row of `from` in
 * auditEventInsertSql, for a statement that writes the change and its event at
 * once: entityId a text expression, before and after jsonb ones.
 */
export type AuditEntrySql = {
  [K in keyof AuditEntry]: K extends "entityId" | "before" | "after" ? AuditEntry[K] | Prisma.Sql : AuditEntry[K];
};

/**
 * The one place an AuditEvent row is spelled: `INSERT INTO "AuditEvent" (…) SELECT …`,
 * for recordAuditEvent and for statements that write a change and its event in one
 * round trip as a data-modifying CTE (lib/annotations/create-annotation.ts).
 * `from`: the relation (a CTE's name) the SQL values of `entry` read; one event per
 * row of it. Without it, one event.
 *
 * The id and createdAt are the app's, as Prisma's @default(cuid()) and
 * @default(now()) are: createdAt is the time of this call, not of the transaction's
 * start, so the events of one transaction keep their order in the audit log.
 * chainSeq, prevHash and hash are left to the database's BEFORE INSERT trigger
 * (lib/audit/README.md), which chains the event and locks its workspace's chain.
 */
export function auditEventInsertSql(actor: AuditActor, entry: AuditEntrySql, from?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" (id, "workspaceId", "actorId", action, "entityType", "entityId", before, after, "createdAt")
    SELECT ${newRowId()}, ${actor.workspaceId}::text, ${actor.userId}::text, ${entry.action}::text, ${entry.entityType}::text,
           ${sqlOr(entry.entityId, (id) => Prisma.sql`${id}::text`)}, ${sqlOr(entry.before, jsonbValue)},
           ${sqlOr(entry.after, jsonbValue)}, ${new Date()}::timestamp(3)
    ${from ? Prisma.sql`FROM ${from}` : Prisma.empty}`;
}

function sqlOr<T>(value: T | Prisma.Sql, encode: (value: T) => Prisma.Sql): Prisma.Sql {
  return value instanceof Prisma.Sql ? value : encode(value);
}

/** Dates, bigints and Decimals become strings; a missing value leaves the column NULL. */
function jsonbValue(value: unknown): Prisma.Sql {
  if (value === undefined || value === null) return Prisma.sql`NULL::jsonb`;
  const json = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return Prisma.sql`${json}::jsonb`;
}

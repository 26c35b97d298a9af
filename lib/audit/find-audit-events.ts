import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { auditEventScope } from "@/lib/audit/scope";

export interface AuditEventDto {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

export interface AuditPage {
  events: AuditEventDto[];
  nextCursor: string | null;
}

const PAGE_SIZE = 50;

/** Admins only: the workspace's audit log, newest first, by cursor. */
export async function findAuditEvents(
  actor: Actor,
  options: { cursor?: string; entityType?: string } = {},
): Promise<AuditPage> {
  authorize(actor, "audit.read");
  const rows = await db.auditEvent.findMany({
    where: { ...auditEventScope(actor), ...(options.entityType ? { entityType: options.entityType } : {}) },
    // seq (insert order) breaks ties: the events of one transaction can share a millisecond
    orderBy: [{ createdAt: "desc" }, { seq: "desc" }],
    take: PAGE_SIZE + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, PAGE_SIZE);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return {
    events: page.map((r) => ({
      id: r.id,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      actorName: (r.actorId && byId.get(r.actorId)?.name) ?? null,
      actorEmail: (r.actorId && byId.get(r.actorId)?.email) ?? null,
      before: r.before,
      after: r.after,
      createdAt: r.createdAt,
    })),
    nextCursor: rows.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

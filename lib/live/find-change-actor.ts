import { db } from "@/lib/db/client";

/**
 * Who made a change: the AuditEvent's actor, by its seq, within the event's
 * workspace. The reader skips refetching its own changes, which it has already
 * merged from the action's answer; a missing actor (a system job) is null.
 */
export async function findChangeActor(workspaceId: string, seq: string): Promise<string | null> {
  const row = await db.auditEvent.findFirst({ where: { workspaceId, seq: BigInt(seq) }, select: { actorId: true } });
  return row?.actorId ?? null;
}

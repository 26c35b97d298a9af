import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor, Role } from "@/lib/policy/actor";
import { membershipScope } from "@/lib/members/scope";

export interface AssignableMemberDto {
  userId: string;
  name: string;
  role: Role;
}

/** Reviewers and up: who can be assigned to check (editors and up) or review (reviewers and up) a claim. */
export async function findAssignableMembers(actor: Actor): Promise<AssignableMemberDto[]> {
  authorize(actor, "claim.assign");
  const rows = await db.membership.findMany({
    where: { ...membershipScope(actor), role: { in: ["EDITOR", "REVIEWER", "ADMIN"] } },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { email: "asc" } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name ?? r.user.email, role: r.role }));
}

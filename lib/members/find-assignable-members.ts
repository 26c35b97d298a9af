import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor, Role } from "@/lib/policy/actor";
import { workspaceScopeSql } from "@/lib/db/scope-sql";
import { MEMBERS_WITH_PEOPLE, memberOrderBy } from "@/lib/members/member-order";

export interface AssignableMemberDto {
  userId: string;
  name: string;
  role: Role;
}

/**
 * Reviewers and up: who can be assigned to check (editors and up) or review
 * (reviewers and up) a claim, by name as the members page lists them. All of
 * them, not a page: the picker is a native select, whose type-ahead finds a
 * name among hundreds by its first letters (so the order must be the shown
 * name's), and the list grows with the newsroom's staff, not with its years
 * of work.
 */
export async function findAssignableMembers(actor: Actor): Promise<AssignableMemberDto[]> {
  authorize(actor, "claim.assign");
  // SECURITY: the workspace's memberships only (workspaceScopeSql)
  const rows = await db.$queryRaw<{ userId: string; name: string | null; email: string; role: Role }[]>`
    SELECT u.id AS "userId", u.name, u.email, m.role::text AS role
    ${MEMBERS_WITH_PEOPLE}
    WHERE ${workspaceScopeSql(actor, "m")} AND m.role::text IN ('EDITOR', 'REVIEWER', 'ADMIN')
    ${memberOrderBy(null)}`;
  return rows.map((r) => ({ userId: r.userId, name: r.name ?? r.email, role: r.role }));
}

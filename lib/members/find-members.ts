import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { membershipScope } from "@/lib/members/scope";
import type { Actor, Role } from "@/lib/policy/actor";

export interface MemberDto {
  membershipId: string;
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  hasPassword: boolean;
  joinedAt: Date;
}

/** Admins only: the workspace's members. */
export async function findMembers(actor: Actor): Promise<MemberDto[]> {
  authorize(actor, "member.read");
  const rows = await db.membership.findMany({
    where: membershipScope(actor),
    select: {
      id: true,
      role: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true, passwordHash: true } },
    },
    orderBy: { user: { email: "asc" } },
  });
  return rows.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    hasPassword: m.user.passwordHash !== null,
    joinedAt: m.createdAt,
  }));
}

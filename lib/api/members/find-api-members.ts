import { findMembers } from "@/lib/members/find-members";
import { NotFoundError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/policy/actor";

export interface ApiMember {
  membershipId: string;
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  joinedAt: Date;
}

/** The members as the API shows them: how a person signs in is not the API's business. */
export async function findApiMembers(actor: Actor): Promise<ApiMember[]> {
  return (await findMembers(actor)).map(({ membershipId, userId, email, name, role, joinedAt }) => ({
    membershipId,
    userId,
    email,
    name,
    role,
    joinedAt,
  }));
}

/** Admins only (member.read, as the list): one member of the workspace; NotFoundError for anyone else. */
export async function getApiMember(actor: Actor, membershipId: string): Promise<ApiMember> {
  const member = (await findApiMembers(actor)).find((m) => m.membershipId === membershipId);
  if (!member) throw new NotFoundError("Member");
  return member;
}

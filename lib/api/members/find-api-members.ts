import { findMembers } from "@/lib/members/find-members";
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
  return (await findMembers(actor)).map(({ membershipId, userId, email, name, role, joinedAt }) => ({ membershipId, userId, email, name, role, joinedAt }));
}

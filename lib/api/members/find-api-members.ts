import { findMembers, getMember, type MemberDto, type MemberListRead } from "@/lib/members/find-members";
import type { Page } from "@/lib/paging/keyset";
import type { Actor, Role } from "@/lib/policy/actor";

export interface ApiMember {
  membershipId: string;
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  joinedAt: Date;
}

export interface ApiMemberPage extends Page<ApiMember> {
  total: number;
}

/** The members as the API shows them, a page at a time: how a person signs in is not the API's business. */
export async function findApiMembers(actor: Actor, read: MemberListRead): Promise<ApiMemberPage> {
  const page = await findMembers(actor, read);
  return { ...page, items: page.items.map(toApiMember) };
}

/** Admins only (member.read, as the list): one member of the workspace; NotFoundError for anyone else. */
export async function getApiMember(actor: Actor, membershipId: string): Promise<ApiMember> {
  return toApiMember(await getMember(actor, membershipId));
}

function toApiMember({ membershipId, userId, email, name, role, joinedAt }: MemberDto): ApiMember {
  return { membershipId, userId, email, name, role, joinedAt };
}

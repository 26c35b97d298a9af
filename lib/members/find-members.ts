import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { workspaceScopeSql } from "@/lib/db/scope-sql";
import { decodeCursor, toPage, type Page, type PageRead } from "@/lib/paging/keyset";
import {
  MEMBER_ORDER,
  MEMBERS_WITH_PEOPLE,
  memberBeyond,
  memberMatches,
  memberOrderBy,
  SORT_KEY_COLUMNS,
  toSortKey,
  type SortKeyColumns,
} from "@/lib/members/member-order";
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

/** One page of members, and how many match in all (every member without a filter). */
export interface MemberPage extends Page<MemberDto> {
  total: number;
}

export interface MemberListRead extends PageRead {
  /** only members whose name or email contains this, in any case */
  q?: string | undefined;
}

/** What the admin's members page shows at once. */
export const MEMBERS_PAGE_SIZE = 50;

/** a member as the query returns it: the membership's id is `id` */
interface MemberRow extends SortKeyColumns, Omit<MemberDto, "membershipId"> {
  id: string;
}

const COLUMNS = Prisma.sql`m.id, m.role::text AS role, m."createdAt" AS "joinedAt", u.id AS "userId", u.email, u.name,
  u."passwordHash" IS NOT NULL AS "hasPassword", ${SORT_KEY_COLUMNS}`;

/**
 * Admins only: one page of the workspace's members by name, then email
 * (lib/members/member-order.ts), optionally those whose name or email
 * contains `q`. It pages rather than listing everyone: a newsroom of
 * hundreds finds one person by the filter.
 */
export async function findMembers(
  actor: Actor,
  read: MemberListRead = { pageSize: MEMBERS_PAGE_SIZE },
): Promise<MemberPage> {
  authorize(actor, "member.read");
  const at = read.cursor === undefined ? null : decodeCursor(read.cursor, MEMBER_ORDER.type);
  // SECURITY: the workspace's memberships only (workspaceScopeSql)
  const from = Prisma.sql`${MEMBERS_WITH_PEOPLE}
    WHERE ${workspaceScopeSql(actor, "m")} ${memberMatches(read.q)}`;
  const [rows, [counted]] = await Promise.all([
    db.$queryRaw<
      MemberRow[]
    >`SELECT ${COLUMNS} ${from} ${memberBeyond(at)} ${memberOrderBy(at)} LIMIT ${read.pageSize + 1}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  const page = toPage(
    rows.map((row) => ({ ...row, sortKey: toSortKey(row) })),
    MEMBER_ORDER,
    read,
    toMemberDto,
  );
  return { ...page, total: counted?.total ?? 0 };
}

/** Admins only (member.read, as the list): one member of the workspace; NotFoundError for anyone else. */
export async function getMember(actor: Actor, membershipId: string): Promise<MemberDto> {
  authorize(actor, "member.read");
  const [row] = await db.$queryRaw<MemberRow[]>`SELECT ${COLUMNS}
    ${MEMBERS_WITH_PEOPLE}
    WHERE ${workspaceScopeSql(actor, "m")} AND m.id = ${membershipId}`;
  if (!row) throw new NotFoundError("Member");
  return toMemberDto(row);
}

function toMemberDto(row: MemberRow): MemberDto {
  return {
    membershipId: row.id,
    userId: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    hasPassword: row.hasPassword,
    joinedAt: row.joinedAt,
  };
}

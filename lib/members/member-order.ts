import { Prisma } from "@/lib/generated/prisma/client";
import { containing } from "@/lib/db/like-pattern";
import { InvalidCursorError, type KeysetCursor, type KeysetOrder } from "@/lib/paging/keyset";

/**
 * Members are listed as people look for them: by name, then email, both
 * case-insensitively, then membership id; people without a name come last.
 * The order spans Membership and User, so no single index serves it: a
 * workspace's members are read through its (workspaceId, userId) index, each
 * with its person, and sorted, which stays cheap at a newsroom's size
 * (hundreds, not the millions of annotations the other lists page through;
 * 2,000 members: about 10 ms a page).
 *
 * keyset.ts pages by one value and the id: here that value is `sortKey`,
 * the JSON of [no name, name, email] as PostgreSQL lowered them (so the
 * cursor compares exactly as the ORDER BY does, whatever the alphabet).
 */
export const MEMBER_ORDER = { field: "sortKey", direction: "asc", type: "string" } as const satisfies KeysetOrder;

/**
 * The workspace's memberships `m`, each with its person `u`. The person is
 * fetched per membership by primary key (the OFFSET 0 keeps PostgreSQL from
 * turning the lateral into a hash join that reads every account of the
 * instance: with 300 members among 20,000 accounts, a page took 5–7 ms and
 * a filtered count 20 ms that way, 1.1–1.7 ms this way). Callers add
 * `AND ${workspaceScopeSql(actor, "m")}`-style conditions after WHERE.
 */
export const MEMBERS_WITH_PEOPLE = Prisma.sql`FROM "Membership" m
  CROSS JOIN LATERAL (SELECT id, name, email, "passwordHash" FROM "User" WHERE id = m."userId" OFFSET 0) u`;

/** The sort columns of `u` ("User") and `m` ("Membership"), in order. */
const SORT_COLUMNS = Prisma.sql`u.name IS NULL, lower(coalesce(u.name, '')), lower(u.email), m.id`;

/** The select list's columns that make a row's `sortKey` (see {@link toSortKey}). */
export const SORT_KEY_COLUMNS = Prisma.sql`u.name IS NULL AS "noName", lower(coalesce(u.name, '')) AS "nameKey", lower(u.email) AS "emailKey"`;

export interface SortKeyColumns {
  noName: boolean;
  nameKey: string;
  emailKey: string;
}

export function toSortKey(row: SortKeyColumns): string {
  return JSON.stringify([row.noName, row.nameKey, row.emailKey]);
}

/** ORDER BY for reading towards the cursor's side: backwards when reading the page before it. */
export function memberOrderBy(at: KeysetCursor | null): Prisma.Sql {
  if (at?.reading !== "before") return Prisma.sql`ORDER BY ${SORT_COLUMNS}`;
  return Prisma.sql`ORDER BY u.name IS NULL DESC, lower(coalesce(u.name, '')) DESC, lower(u.email) DESC, m.id DESC`;
}

/** `AND (sort columns) > (the cursor's)` (or `<` reading backwards); nothing on the first page. */
export function memberBeyond(at: KeysetCursor | null): Prisma.Sql {
  if (!at) return Prisma.empty;
  const [noName, nameKey, emailKey] = parseSortKey(at.value);
  const beyond = at.reading === "before" ? Prisma.sql`<` : Prisma.sql`>`;
  return Prisma.sql`AND (${SORT_COLUMNS}) ${beyond} (${noName}::boolean, ${nameKey}::text, ${emailKey}::text, ${at.id}::text)`;
}

function parseSortKey(value: Date | string): [boolean, string, string] {
  if (typeof value === "string") {
    try {
      const parsed = JSON.parse(value) as unknown;
      if (
        Array.isArray(parsed) &&
        parsed.length === 3 &&
        typeof parsed[0] === "boolean" &&
        typeof parsed[1] === "string" &&
        typeof parsed[2] === "string"
      )
        return parsed as [boolean, string, string];
    } catch {
      // not JSON: refused below
    }
  }
  throw new InvalidCursorError();
}

/** A "name or email contains" condition, LIKE's wildcards taken literally; nothing without text. */
export function memberMatches(text: string | undefined): Prisma.Sql {
  if (!text) return Prisma.empty;
  const like = containing(text);
  return Prisma.sql`AND (u.name ILIKE ${like} OR u.email ILIKE ${like})`;
}

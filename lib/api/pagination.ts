import { z } from "zod";
import { BadRequestError } from "@/lib/api/api-errors";

/**
 * Cursor pagination over (createdAt desc, id desc): stable while rows are
 * added, and each page is one index range scan, however deep. The cursor is
 * opaque to clients (base64url JSON of the last row's key); a forged one can
 * only move the window inside the caller's workspace scope.
 */
export const MAX_PAGE_SIZE = 100;

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25).describe(`page size, 1 to ${MAX_PAGE_SIZE}`),
  cursor: z.string().max(200).optional().describe("`nextCursor` of the previous page"),
});
export type PageQuery = z.output<typeof PageQuerySchema>;

export interface PageKey {
  createdAt: Date;
  id: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString("base64url");
}

export function decodeCursor(cursor: string): PageKey {
  try {
    const [iso, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const createdAt = new Date(String(iso));
    if (typeof iso === "string" && typeof id === "string" && id !== "" && !Number.isNaN(createdAt.getTime())) return { createdAt, id };
  } catch {
    // fall through to the refusal
  }
  throw new BadRequestError("The cursor is not valid: use `nextCursor` from the previous page.", { cursor: ["Not a cursor of this API."] });
}

/** The Prisma `where` and paging arguments for one page (read limit + 1 rows to know whether there is a next page). */
export function pageArgs(query: PageQuery) {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  return {
    where: after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: query.limit + 1,
  };
}

/** Cuts the extra row off and makes the next cursor from the last row kept. */
export function toPage<R extends PageKey, T>(rows: R[], query: PageQuery, toItem: (row: R) => T): Page<T> {
  const kept = rows.slice(0, query.limit);
  const last = kept.at(-1);
  return { items: kept.map(toItem), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}

/** Sets `Link: <…>; rel="next"` (RFC 8288) for a page that has a next one, keeping the request's other query parameters. */
export function linkNextPage(url: URL, headers: Headers, nextCursor: string | null): void {
  if (!nextCursor) return;
  const next = new URL(url);
  next.searchParams.set("cursor", nextCursor);
  headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
}

import { z } from "zod";
import { InvalidInputError } from "@/lib/errors";
import * as keyset from "@/lib/paging/keyset";

/**
 * The API's cursor pagination: the app's keyset paging (lib/paging/keyset)
 * over (createdAt desc, id desc), with the page size chosen by the client
 * and a forged cursor refused with the API's wording (MalformedCursorError,
 * which the API answers 400: a malformed request). Stable while rows are added, and each page is one index range
 * scan, however deep. A page also carries `previousCursor` (null on the
 * first page), which reads the page before it the same way.
 */
export const MAX_PAGE_SIZE = 100;

/** A cursor the client sent that no page issued: the request is malformed (400 in lib/api/http/problem-codes.ts), not refused against stored data. */
export class MalformedCursorError extends InvalidInputError {
  constructor() {
    super("The cursor is not valid: use `nextCursor` from the previous page.", {
      cursor: ["Not a cursor of this API."],
    });
  }
}

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25).describe(`page size, 1 to ${MAX_PAGE_SIZE}`),
  cursor: z.string().max(200).optional().describe("`nextCursor` (or `previousCursor`) of the page read before"),
});
export type PageQuery = z.output<typeof PageQuerySchema>;

export interface PageKey {
  createdAt: Date;
  id: string;
}

export type Page<T> = keyset.Page<T>;

const NEWEST_FIRST = keyset.CREATED_NEWEST_FIRST;

export function encodeCursor(key: PageKey): string {
  return keyset.encodeCursor({ value: key.createdAt, id: key.id });
}

export function decodeCursor(cursor: string): PageKey {
  const { value, id } = refusingForgery(() => keyset.decodeCursor(cursor, "date"));
  return { createdAt: value as Date, id };
}

type Reach = { lte: Date } | { gte: Date };
type Beyond<V> = { lt: V } | { gt: V };

/** The Prisma `where` and paging arguments for one page (read limit + 1 rows to know whether there is another in the reading direction). */
export function pageArgs(query: PageQuery) {
  return refusingForgery(() =>
    keyset.keysetArgs<
      { createdAt?: Reach; OR?: ({ createdAt: Beyond<Date> } | { id: Beyond<string> })[] },
      { createdAt: "desc" | "asc" } | { id: "desc" | "asc" }
    >(NEWEST_FIRST, query.cursor, query.limit),
  );
}

/** Cuts the extra row off, puts a page read backwards in order, and makes the next and previous cursors. */
export function toPage<R extends PageKey, T>(rows: R[], query: PageQuery, toItem: (row: R) => T): Page<T> {
  return refusingForgery(() =>
    keyset.toPage(rows, NEWEST_FIRST, { cursor: query.cursor, pageSize: query.limit }, toItem),
  );
}

function refusingForgery<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof keyset.InvalidCursorError) throw new MalformedCursorError();
    throw error;
  }
}

import { InvalidInputError } from "@/lib/errors";

/**
 * Keyset (cursor) paging, the one home for it: the app's lists and the API
 * page the same way. A list is ordered by one column, then by id as the
 * tie-breaker, both in the same direction; the next page starts strictly
 * after the last row shown, the previous page ends strictly before the first
 * row shown (read in the reverse order, then turned round). Unlike OFFSET, a
 * deep page costs what the first one does: with an index on (workspaceId,
 * column) each page is one index range scan that starts at the cursor, which
 * PostgreSQL walks forwards or backwards alike.
 *
 * The cursor is opaque to people and clients: base64url JSON of a row's
 * [column value, id], with a third element "before" when it reads the page
 * before that row (cursors issued before paging went both ways stay valid).
 * A forged one can only move the window inside the caller's own scope, which
 * the caller's `where` always applies.
 */
export interface KeysetOrder {
  /** a non-null column of the model; lists that sort by a nullable one leave its null rows out */
  field: string;
  direction: "asc" | "desc";
  /** how the column's value travels in the cursor */
  type: "date" | "string";
}

/** The newest row first (ties: the greater id first). */
export const CREATED_NEWEST_FIRST = {
  field: "createdAt",
  direction: "desc",
  type: "date",
} as const satisfies KeysetOrder;
/** The oldest row first (ties: the smaller id first). */
export const CREATED_OLDEST_FIRST = {
  field: "createdAt",
  direction: "asc",
  type: "date",
} as const satisfies KeysetOrder;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** the page before this one; null on the first page (however it was reached) */
  previousCursor: string | null;
}

export interface KeysetPosition {
  value: Date | string;
  id: string;
}

/** A position and which side of it the page lies: "after" for Next, "before" for Previous. */
export interface KeysetCursor extends KeysetPosition {
  reading: "after" | "before";
}

/** What a list needs to know of the request to cut a page: its cursor (none on the first page) and size. */
export interface PageRead {
  cursor?: string | undefined;
  pageSize: number;
}

const BEFORE = "before";

/** Longer than any cursor we issue (a 500-character title is about 700): refuse the rest unread. */
const MAX_CURSOR_LENGTH = 2_000;

/** A cursor that this list did not issue (edited, truncated, or from another sort). */
export class InvalidCursorError extends InvalidInputError {
  constructor() {
    super("This page address is not valid: start again from the first page.", {
      cursor: ["Not a cursor of this list."],
    });
  }
}

/** A position without `reading` reads the page after it. */
export function encodeCursor(position: KeysetPosition | KeysetCursor): string {
  const value = position.value instanceof Date ? position.value.toISOString() : position.value;
  const parts =
    "reading" in position && position.reading === "before" ? [value, position.id, BEFORE] : [value, position.id];
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

export function decodeCursor(cursor: string, type: KeysetOrder["type"]): KeysetCursor {
  if (cursor.length > 0 && cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
      if (Array.isArray(parsed) && (parsed.length === 2 || (parsed.length === 3 && parsed[2] === BEFORE))) {
        const [value, id] = parsed as unknown[];
        const reading = parsed.length === 3 ? "before" : "after";
        if (typeof value === "string" && typeof id === "string" && id !== "") {
          if (type === "string") return { value, id, reading };
          // exactly the form encodeCursor writes: Date's own parser would read "Article 002" as the year 2002
          const date = new Date(value);
          if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return { value: date, id, reading };
        }
      }
    } catch {
      // not base64url JSON: refused below
    }
  }
  throw new InvalidCursorError();
}

/**
 * The Prisma arguments for one page: `where` (empty on the first page),
 * `orderBy` and `take` (one row more than the page, to know whether another
 * follows in the reading direction). Reading the page before a cursor flips
 * the comparisons and the order, so the rows nearest the cursor come first;
 * toPage turns them back round. `where` restates `column <= value` (or >=)
 * beside the tie-break OR so that PostgreSQL starts its index range scan at
 * the cursor instead of filtering every row before it. Callers combine
 * `where` with their scope and filters under AND (or spread it when they use
 * no OR of their own). The type parameters name the model's Prisma input
 * types, which a column chosen at run time cannot be checked against.
 */
export function keysetArgs<Where extends object, OrderBy extends object>(
  order: KeysetOrder,
  cursor: string | undefined,
  pageSize: number,
): { where: Where; orderBy: OrderBy[]; take: number } {
  const at = cursor === undefined ? null : decodeCursor(cursor, order.type);
  const direction = at?.reading === "before" ? reverse(order.direction) : order.direction;
  const beyond = direction === "desc" ? "lt" : "gt";
  const reach = direction === "desc" ? "lte" : "gte";
  const where = at
    ? {
        [order.field]: { [reach]: at.value },
        OR: [{ [order.field]: { [beyond]: at.value } }, { id: { [beyond]: at.id } }],
      }
    : {};
  const orderBy = [{ [order.field]: direction }, { id: direction }];
  return { where: where as Where, orderBy: orderBy as OrderBy[], take: pageSize + 1 };
}

/**
 * Cuts the extra row off, puts a page read backwards back in the list's
 * order, and makes the cursors: next after the last row kept, previous
 * before the first. The extra row tells whether more rows lie in the reading
 * direction; the other side has rows exactly when the page was reached by a
 * cursor in that direction (we came from there). So a page read backwards
 * up to the start of the list is the first page: no previous cursor. A row
 * deleted since can make that first page short, never make a row repeat or
 * go missing.
 */
export function toPage<R extends { id: string }, T>(
  rows: R[],
  order: KeysetOrder,
  read: PageRead,
  toItem: (row: R) => T,
): Page<T> {
  const reading = read.cursor === undefined ? null : decodeCursor(read.cursor, order.type).reading;
  const more = rows.length > read.pageSize;
  const kept = rows.slice(0, read.pageSize);
  if (reading === "before") kept.reverse();
  const hasNext = reading === "before" || more;
  const hasPrevious = reading === "before" ? more : reading === "after";
  const first = kept[0];
  const last = kept.at(-1);
  return {
    items: kept.map(toItem),
    nextCursor: hasNext && last ? encodeCursor({ ...positionOf(last, order), reading: "after" }) : null,
    previousCursor: hasPrevious && first ? encodeCursor({ ...positionOf(first, order), reading: "before" }) : null,
  };
}

function positionOf(row: { id: string }, order: KeysetOrder): KeysetPosition {
  const value = (row as unknown as Record<string, unknown>)[order.field];
  if (!(value instanceof Date) && typeof value !== "string")
    throw new Error(`Keyset paging needs a value in ${order.field}: rows without one must be filtered out.`);
  return { value, id: row.id };
}

function reverse(direction: KeysetOrder["direction"]): KeysetOrder["direction"] {
  return direction === "desc" ? "asc" : "desc";
}

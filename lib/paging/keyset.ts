import { InvalidInputError } from "@/lib/errors";

/**
 * Keyset (cursor) paging, the one home for it: the app's lists and the API
 * page the same way. A list is ordered by one column, then by id as the
 * tie-breaker, both in the same direction; the next page starts strictly
 * after the last row shown. Unlike OFFSET, a deep page costs what the first
 * one does: with an index on (workspaceId, column) each page is one index
 * range scan that starts at the cursor.
 *
 * The cursor is opaque to people and clients (base64url JSON of the last
 * row's [column value, id]). A forged one can only move the window inside
 * the caller's own scope, which the caller's `where` always applies.
 */
export interface KeysetOrder {
  /** a non-null column of the model; lists that sort by a nullable one leave its null rows out */
  field: string;
  direction: "asc" | "desc";
  /** how the column's value travels in the cursor */
  type: "date" | "string";
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface KeysetPosition {
  value: Date | string;
  id: string;
}

/** Longer than any cursor we issue (a 500-character title is about 700): refuse the rest unread. */
const MAX_CURSOR_LENGTH = 2_000;

/** A cursor that this list did not issue (edited, truncated, or from another sort). */
export class InvalidCursorError extends InvalidInputError {
  constructor() {
    super("This page address is not valid: start again from the first page.", { cursor: ["Not a cursor of this list."] });
  }
}

export function encodeCursor(position: KeysetPosition): string {
  const value = position.value instanceof Date ? position.value.toISOString() : position.value;
  return Buffer.from(JSON.stringify([value, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string, type: KeysetOrder["type"]): KeysetPosition {
  if (cursor.length > 0 && cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
      if (Array.isArray(parsed) && parsed.length === 2) {
        const [value, id] = parsed as unknown[];
        if (typeof value === "string" && typeof id === "string" && id !== "") {
          if (type === "string") return { value, id };
          // exactly the form encodeCursor writes: Date's own parser would read "Article 002" as the year 2002
          const date = new Date(value);
          if (!Number.isNaN(date.getTime()) && date.toISOString() === value) return { value: date, id };
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
 * follows). `where` restates `column <= value` (or >=) beside the tie-break
 * OR so that PostgreSQL starts its index range scan at the cursor instead of
 * filtering every row before it. Callers combine `where` with their scope
 * and filters under AND (or spread it when they use no OR of their own).
 * The type parameters name the model's Prisma input types, which a column
 * chosen at run time cannot be checked against.
 */
export function keysetArgs<Where extends object, OrderBy extends object>(order: KeysetOrder, cursor: string | undefined, pageSize: number): { where: Where; orderBy: OrderBy[]; take: number } {
  const after = cursor === undefined ? null : decodeCursor(cursor, order.type);
  const beyond = order.direction === "desc" ? "lt" : "gt";
  const reach = order.direction === "desc" ? "lte" : "gte";
  const where = after ? { [order.field]: { [reach]: after.value }, OR: [{ [order.field]: { [beyond]: after.value } }, { id: { [beyond]: after.id } }] } : {};
  const orderBy = [{ [order.field]: order.direction }, { id: order.direction }];
  return { where: where as Where, orderBy: orderBy as OrderBy[], take: pageSize + 1 };
}

/** Cuts the extra row off and makes the next cursor from the last row kept. */
export function toPage<R extends { id: string }, T>(rows: R[], order: KeysetOrder, pageSize: number, toItem: (row: R) => T): Page<T> {
  const kept = rows.slice(0, pageSize);
  const last = kept.at(-1);
  if (!last || rows.length <= pageSize) return { items: kept.map(toItem), nextCursor: null };
  const value = (last as unknown as Record<string, unknown>)[order.field];
  if (!(value instanceof Date) && typeof value !== "string") throw new Error(`Keyset paging needs a value in ${order.field}: rows without one must be filtered out.`);
  return { items: kept.map(toItem), nextCursor: encodeCursor({ value, id: last.id }) };
}

import Link from "next/link";
import { listHref } from "./list-href";

/**
 * "Next page" and "First page" links under a keyset-paged list. Plain links:
 * the sort and filters travel in the address with the cursor, so paging
 * keeps them, works without JavaScript and can be bookmarked.
 */
export function Pager({ base, params, cursor, nextCursor, noun }: { base: string; params: Record<string, string | undefined>; cursor: string | undefined; nextCursor: string | null; noun: string }) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav aria-label="Pagination" className="pager">
      {cursor && (
        <Link className="button secondary" href={listHref(base, params)}>
          ← First page
        </Link>
      )}
      {nextCursor ? (
        <Link className="button secondary" href={listHref(base, { ...params, cursor: nextCursor })} rel="next">
          Next page of {noun} →
        </Link>
      ) : (
        <span className="muted">No more {noun}.</span>
      )}
    </nav>
  );
}

/** The cursors of a page: `previousCursor` absent where a list only goes forward. */
export interface PageCursors {
  nextCursor: string | null;
  previousCursor?: string | null;
}

/** The addresses (path and query) of the pages around this one, keeping the request's other query parameters. */
export interface PageLinks {
  next?: string;
  prev?: string;
}

/**
 * Sets `Link: <…>; rel="prev", <…>; rel="next"` (RFC 8288) for the pages
 * this one has on either side, and answers their addresses for bodies that
 * link them too (a W3C AnnotationPage's `prev` / `next`).
 */
export function linkPages(url: URL, headers: Headers, page: PageCursors): PageLinks {
  const links: PageLinks = {};
  if (page.previousCursor) links.prev = withCursor(url, page.previousCursor);
  if (page.nextCursor) links.next = withCursor(url, page.nextCursor);
  const values = (["prev", "next"] as const).flatMap((rel) => (links[rel] ? [`<${links[rel]}>; rel="${rel}"`] : []));
  if (values.length > 0) headers.set("Link", values.join(", "));
  return links;
}

function withCursor(url: URL, cursor: string): string {
  const address = new URL(url);
  address.searchParams.set("cursor", cursor);
  return `${address.pathname}${address.search}`;
}

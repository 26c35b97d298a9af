/** Sets `Link: <…>; rel="next"` (RFC 8288) for a page that has a next one, keeping the request's other query parameters. */
export function linkNextPage(url: URL, headers: Headers, nextCursor: string | null): void {
  if (!nextCursor) return;
  const next = new URL(url);
  next.searchParams.set("cursor", nextCursor);
  headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
}

import { createHash } from "node:crypto";

/** Public documents (feeds, sitemap) may sit in any cache for five minutes: readers poll, crawlers revisit. */
export const PUBLIC_DOCUMENT_CACHE_CONTROL = "public, max-age=300";

export interface PublicDocument {
  body: string;
  contentType: string;
  /** the last change of anything the body shows (Last-Modified, in whole seconds) */
  lastModified: Date;
  /** request headers the body depends on (the feeds' language) */
  vary?: string;
}

/** A strong tag of the exact bytes: any change to the body changes it. */
export function bodyEntityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match
 * decides when sent (weak comparison; `*` matches); only without it does
 * If-Modified-Since count. A date that cannot be read is ignored, as the RFC
 * asks; so is a header that is not a list of entity tags.
 */
export function clientCopyIsFresh(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    if (ifNoneMatch.trim() === "*") return true;
    const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => opaque(tag) === etag);
  }
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && wholeSeconds(lastModified) <= since;
}

const wholeSeconds = (date: Date) => Math.floor(date.getTime() / 1000) * 1000;

/** 200 with the body and its validators, or 304 without a body when the client's copy is current. */
export function conditionalResponse(request: Request, document: PublicDocument): Response {
  const etag = bodyEntityTag(document.body);
  const headers = new Headers({
    ETag: etag,
    "Last-Modified": new Date(wholeSeconds(document.lastModified)).toUTCString(),
    "Cache-Control": PUBLIC_DOCUMENT_CACHE_CONTROL,
    ...(document.vary ? { Vary: document.vary } : {}),
  });
  if (clientCopyIsFresh(request.headers, etag, document.lastModified))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", `${document.contentType}; charset=utf-8`);
  return new Response(document.body, { status: 200, headers });
}

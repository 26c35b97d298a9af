/**
 * Every request carries an id, written into the access log, error logs, the
 * `X-Request-Id` response header, API problem bodies and error pages, so a
 * person quoting it (or a proxy that logged it) leads to the log lines of
 * that one request. An id from upstream (a load balancer's, a client's retry)
 * is kept when it is short and plain; anything else is replaced, so a header
 * can never inject text into a log line or a page. No Node-only imports:
 * proxy.ts may use this module too.
 */
export const REQUEST_ID_HEADER = "x-request-id";

const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** Whether an incoming `X-Request-Id` may be kept: 1–128 of A–Z a–z 0–9 . _ : - (a header sent twice arrives joined by ", ": refused). */
export function isAcceptableRequestId(value: unknown): value is string {
  return typeof value === "string" && ACCEPTABLE.test(value);
}

/** The incoming id if acceptable, else a fresh random one (a UUID). */
export function requestIdFor(incoming: string | string[] | null | undefined): string {
  return isAcceptableRequestId(incoming) ? incoming : crypto.randomUUID();
}

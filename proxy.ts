// Next 16: proxy.ts (formerly middleware.ts). It sets the security headers
// (a fresh CSP nonce per request, which Next puts on its own scripts), refuses
// cross-site writes, and sends anonymous visitors of member pages to sign-in.
// It is never the authorization: that is lib/ policy + scope.
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent } from "next/server";
import { isCrossSiteWrite, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { databaseDownPage, databaseKnownDown } from "@/lib/db/availability";
import { refuseBadActionRequest } from "@/lib/http/action-request-guard";
import { REQUEST_ID_HEADER } from "@/lib/ops/request-id";
import { isFrameablePath } from "@/lib/embeds/framing";

const guard = withAuth({
  pages: { signIn: "/signin" },
  callbacks: { authorized: ({ token }) => Boolean(token?.sub) },
});

const MEMBER_PAGES = /^\/(w|workspaces|account)(\/|$)/;
/** bearer-token API: no ambient cookies, so no cross-site forgery to stop (browsers still need CORS to read it) */
const TOKEN_API = /^\/api\/v1(\/|$)/;
/** from next.config.js, the same number as experimental.serverActions.bodySizeLimit */
const SERVER_ACTION_BODY_LIMIT_BYTES = Number(process.env.SERVER_ACTION_BODY_LIMIT_BYTES);

export async function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  return withRequestId(await guardRequest(request, event), request);
}

/** a Web Annotation Protocol container (lib/annotation-protocol): its IRI ends in "/" */
const ANNOTATION_CONTAINER = /^\/api\/v1\/articles\/[^/]+\/container\/$/;

/**
 * next.config.js turns Next's own trailing-slash redirect off (skipTrailingSlashRedirect) so that
 * annotation containers can keep their "/"; every other path ending in "/" is redirected here as
 * Next did (308, the same address without the slash, query kept).
 */
function trailingSlashRedirect(request: NextRequestWithAuth): Response | null {
  const { pathname } = request.nextUrl;
  if (pathname === "/" || !pathname.endsWith("/") || ANNOTATION_CONTAINER.test(pathname)) return null;
  // a plain URL: a NextURL puts the slash it was read with back on
  const url = new URL(request.nextUrl.href);
  url.pathname = pathname.replace(/\/+$/, "") || "/";
  return NextResponse.redirect(url, 308);
}

async function guardRequest(request: NextRequestWithAuth, event: NextFetchEvent): Promise<Response> {
  const { pathname } = request.nextUrl;
  const redirectWithoutSlash = trailingSlashRedirect(request);
  if (redirectWithoutSlash) return redirectWithoutSlash;
  if (isCrossSiteWrite(request) && !TOKEN_API.test(pathname)) {
    return new NextResponse("Cross-site request refused.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const refused = await refuseBadActionRequest(request, SERVER_ACTION_BODY_LIMIT_BYTES);
  if (refused) return refused;
  const nonce = newNonce();
  const headers = securityHeaders({
    nonce,
    development: process.env.NODE_ENV === "development",
    production: process.env.NODE_ENV === "production",
    frameable: isFrameablePath(pathname),
  });
  // pages (not the API and streams, which answer 503 themselves) while the app's own connections say PostgreSQL
  // is down: a 503 page, not a 500. No probe here: a busy CPU must never look like an outage.
  if (request.method === "GET" && !pathname.startsWith("/api/") && databaseKnownDown())
    return withHeaders(databaseDownPage(), headers);
  // withAuth answers only when it redirects; undefined means "signed in, go on"
  const redirect = MEMBER_PAGES.test(pathname) ? await guard(request, event) : undefined;
  if (redirect) return withHeaders(redirect, headers);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // the container's route is the folder without the slash: served there, its IRI keeps the slash
  if (ANNOTATION_CONTAINER.test(pathname)) {
    const route = new URL(request.nextUrl.href);
    route.pathname = pathname.slice(0, -1);
    return withHeaders(NextResponse.rewrite(route, { request: { headers: requestHeaders } }), headers);
  }
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** The request id the server's hook gave the request (lib/ops/observe-request.ts), on every answer, the proxy's own included. */
function withRequestId(response: Response, request: Request): Response {
  const requestId = request.headers.get(REQUEST_ID_HEADER);
  if (requestId) response.headers.set("X-Request-Id", requestId);
  return response;
}

// everything but Next's static files (they get X-Content-Type-Options from next.config.js)
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };

// Next 16: proxy.ts (formerly middleware.ts). It only sends anonymous visitors
// to the sign-in page; it is never the authorization (that is lib/ policy + scope).
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import type { NextFetchEvent } from "next/server";

const guard = withAuth({
  pages: { signIn: "/signin" },
  callbacks: { authorized: ({ token }) => Boolean(token?.sub) },
});

export function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  return guard(request, event);
}

export const config = { matcher: ["/w/:path*", "/workspaces/:path*", "/account/:path*"] };

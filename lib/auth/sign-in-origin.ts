import { env } from "@/lib/env";
import { clientAddress, forwardedForHeader } from "@/lib/auth/client-address";
import { cookieFromHeader, SIGN_IN_DEVICE_COOKIE } from "@/lib/auth/sign-in-device";
import type { SignInOrigin } from "@/lib/auth/verify-credentials";

/** The sign-in origin of a request, from next-auth's plain header object or a Headers instance. */
export function signInOriginOf(
  headers: Headers | Record<string, unknown> | undefined,
  trustedProxyHops = env().TRUSTED_PROXY_HOPS,
): SignInOrigin {
  const cookie = headers instanceof Headers ? headers.get("cookie") : headers?.cookie;
  return {
    address: clientAddress(forwardedForHeader(headers), trustedProxyHops),
    deviceCookie: cookieFromHeader(cookie, SIGN_IN_DEVICE_COOKIE),
  };
}

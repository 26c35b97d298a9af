import { env } from "@/lib/env";

/**
 * The origin for absolute links in API responses (Web Annotation ids, report
 * links): NEXTAUTH_URL when set (behind a proxy the request's own URL may be
 * an internal one), else the request's origin. The same rule as the app's
 * report pages, so exports and the API name things alike.
 */
export function publicOrigin(requestUrl: URL): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : requestUrl.origin;
}

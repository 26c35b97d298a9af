import { env } from "@/lib/env";

/**
 * The origin for absolute links in API responses (Web Annotation ids, report
 * links): NEXTAUTH_URL when set (behind a proxy the request's own URL may be
 * an internal one), else the request's origin. The same rule as the app's
 * report pages, so exports and the API name things alike. Not the readers'
 * address of public fact-checks: that is lib/publishing's publicOrigin
 * (PUBLIC_BASE_URL).
 */
export function apiOrigin(requestUrl: URL): string {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : requestUrl.origin;
}

import { headers } from "next/headers";
import { env } from "@/lib/env";
import { publicOrigin } from "@/lib/public-urls/public-address";

/**
 * The app's public origin, for absolute links in exports and on the report
 * pages (the public report URL, ClaimReview urls): NEXTAUTH_URL when set
 * (behind a proxy it is the only trustworthy source), else the request's host.
 */
export async function appOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/** The signed-out URL of a published report, at the public address readers use (PUBLIC_BASE_URL: lib/public-urls/public-address.ts). */
export function publicReportUrl(token: string): string {
  return `${publicOrigin()}/r/${token}`;
}

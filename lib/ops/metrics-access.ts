import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Who may read /api/metrics. The figures say how busy the newsroom is and
 * which routes fail, so they are never public: only a scraper presenting
 * `Authorization: Bearer <METRICS_TOKEN>`. Without METRICS_TOKEN the endpoint
 * does not exist (404), so a deployment that does not scrape exposes nothing.
 */
export type MetricsAccess = "off" | "denied" | "allowed";

/** A token shorter than this is treated as unset (a typo, not a secret): metrics stay off. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

export function metricsAccess(
  authorization: string | null,
  configuredToken: string | undefined = process.env.METRICS_TOKEN,
): MetricsAccess {
  if (!configuredToken || configuredToken.length < MIN_METRICS_TOKEN_LENGTH) return "off";
  const presented = /^Bearer +(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!presented) return "denied";
  return sameSecret(presented, configuredToken) ? "allowed" : "denied";
}

/** Constant-time comparison: both sides hashed first, so neither the content nor the length leaks through timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * IANA time-zone names: which ones we accept from a person (their setting) or
 * a browser (the `tz` cookie). Pure; works the same on the server and in the
 * browser.
 */

export const UTC = "UTC";

/** The cookie a small client component sets from the browser's own zone (app/_components/time-zone-cookie.tsx). */
export const TIME_ZONE_COOKIE = "tz";

// "Area/Location[/More]" or a bare name like "UTC": no offsets ("+02:00"), no spaces,
// nothing long enough to be anything but a zone name.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;
const MAX_ZONE_NAME = 64;

/**
 * True for a time-zone name this runtime can format in. The runtime's own
 * list (Intl.supportedValuesOf) lags behind renamed zones (Node 20 lists
 * "Europe/Kiev", a current browser says "Europe/Kyiv"), so a name counts when
 * the formatter accepts it, not only when it is listed.
 */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== "string" || name.length > MAX_ZONE_NAME || !ZONE_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The first valid zone among the candidates (a person's setting, then the browser's cookie), else UTC. */
export function pickTimeZone(...candidates: (string | null | undefined)[]): string {
  return candidates.find(isTimeZone) ?? UTC;
}

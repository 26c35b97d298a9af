import { cookies } from "next/headers";
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { isTimeZone, pickTimeZone, TIME_ZONE_COOKIE } from "@/lib/time/time-zone";

/**
 * The zone this request's viewer reads times in: their own setting, else
 * their browser's zone (the `tz` cookie, validated: anyone can write a
 * cookie), else UTC (a first visit, before the browser has told us). One
 * lookup per request (React cache; the setting comes with the session).
 */
export const viewerTimeZone = cache(async (): Promise<string> => {
  const browserZone = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  // a display preference must never break a page: without the session (database away) the browser's zone still works
  const user = await getSessionUser().catch(() => null);
  return pickTimeZone(user?.timeZone, browserZone);
});

/** The browser's zone as its cookie reported it (validated), or null before it has. */
export async function browserTimeZone(): Promise<string | null> {
  const value = (await cookies()).get(TIME_ZONE_COOKIE)?.value;
  return isTimeZone(value) ? value : null;
}

"use client";

import { useEffect } from "react";
import { isTimeZone, TIME_ZONE_COOKIE } from "@/lib/time/time-zone";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Tells the server the browser's time zone (cookie `tz`), for people who have
 * not chosen one: from the next request on their times are in it. Writes only
 * when the zone differs from what the server last saw (`reported`). No
 * refresh: the page in front of the reader does not change under them.
 */
export function TimeZoneCookie({ reported }: { reported: string | null }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // a zone name is plain cookie text ("Europe/Kyiv"): no encoding needed, and anything else is not sent
    if (!isTimeZone(zone) || zone === reported) return;
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    document.cookie = `${TIME_ZONE_COOKIE}=${zone}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax${secure}`;
  }, [reported]);
  return null;
}

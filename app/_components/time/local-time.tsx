"use client";

import { useLocale } from "next-intl";
import { describeTimeZone, formatOffset, formatTime, type TimeStyle } from "@/lib/time/format-time";
import { useTimeZone } from "./time-zone-context";

interface LocalTimeProps {
  /** an instant (a Date, or its ISO string from a client DTO) */
  date: Date | string;
  style?: TimeStyle;
  /** writes the offset after the time ("… 22:32 UTC+02:00"): where the exact moment is the point (audit trail, jobs) */
  withZone?: boolean;
}

/**
 * An instant in the viewer's zone, as a <time> element with the ISO 8601
 * instant in dateTime and the zone in its tooltip. For server and client
 * components alike (the zone comes from the root layout's context), in the viewer's language.
 */
export function LocalTime({ date, style = "dayTime", withZone = false }: LocalTimeProps) {
  const zone = useTimeZone();
  const locale = useLocale();
  const at = typeof date === "string" ? new Date(date) : date;
  const text = formatTime(at, zone, style, locale);
  return (
    <time dateTime={at.toISOString()} title={`${text}, ${describeTimeZone(zone, at)}`}>
      {withZone ? `${text} ${formatOffset(zone, at)}` : text}
    </time>
  );
}

/** The viewer's zone in parentheses, for table headers: "Created (Europe/Kyiv)". */
export function ZoneNote() {
  return <>({useTimeZone()})</>;
}

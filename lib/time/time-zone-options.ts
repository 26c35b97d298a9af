import { formatOffset } from "@/lib/time/format-time";
import { isTimeZone, UTC } from "@/lib/time/time-zone";

export interface TimeZoneOption {
  /** the IANA name saved, e.g. "Europe/Kyiv" */
  id: string;
  /** e.g. "Kyiv (UTC+02:00)" */
  label: string;
}

export interface TimeZoneGroup {
  region: string;
  zones: TimeZoneOption[];
}

/** The words of the list in the viewer's language (the account page passes the catalogue's); place names stay as IANA spells them. */
export interface TimeZoneWords {
  universal: string;
  other: string;
  utc: string;
  /** a region's name ("Europe") in the viewer's language */
  region(region: string): string;
}

const ENGLISH: TimeZoneWords = {
  universal: "Universal",
  other: "Other",
  utc: "UTC (Coordinated Universal Time)",
  region: (region) => region,
}; // i18n-exempt: the default for tests and callers without a translator

// The runtime's list still holds some names IANA has since replaced (Node 20's ICU).
// People look for the current spelling; both name the same zone.
const CURRENT_NAMES: Record<string, string> = {
  "Europe/Kiev": "Europe/Kyiv",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Africa/Asmera": "Africa/Asmara",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
};

function currentName(id: string): string {
  const renamed = CURRENT_NAMES[id];
  return renamed && isTimeZone(renamed) ? renamed : id;
}

function placeOf(id: string): string {
  const [, ...rest] = id.split("/");
  const parts = rest.map((p) => p.replaceAll("_", " "));
  // "America/Argentina/Buenos_Aires" → "Buenos Aires, Argentina"
  return parts.length > 0 ? [...parts].reverse().join(", ") : id;
}

/**
 * Every zone this runtime knows, grouped by region ("Europe", "America", …)
 * and labelled with its offset at `at` (offsets change with daylight saving).
 * UTC comes first in a group of its own; `extra` adds zones the runtime does
 * not list (a person's saved setting, the browser's zone) when they are valid.
 */
export function timeZoneGroups(
  at: Date,
  extra: (string | null | undefined)[] = [],
  words: TimeZoneWords = ENGLISH,
): TimeZoneGroup[] {
  const ids = new Set([...Intl.supportedValuesOf("timeZone").map(currentName), ...extra.filter(isTimeZone)]);
  ids.delete(UTC);
  const byRegion = new Map<string, TimeZoneOption[]>();
  for (const id of [...ids].sort()) {
    const region = id.includes("/") ? words.region(id.slice(0, id.indexOf("/"))) : words.other;
    const zones = byRegion.get(region) ?? [];
    zones.push({ id, label: `${id.includes("/") ? placeOf(id) : id} (${formatOffset(id, at)})` });
    byRegion.set(region, zones);
  }
  return [
    { region: words.universal, zones: [{ id: UTC, label: words.utc }] },
    ...[...byRegion].map(([region, zones]) => ({ region, zones })),
  ];
}

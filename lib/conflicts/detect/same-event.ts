import { normalizeLabel } from "../normalize-label";

/** What a claim says about the event its figure belongs to. */
export interface EventInfo {
  eventLabel?: string | null;
  /** An ISO date ("2025-04-24"), an ISO timestamp, or a Date; compared as a UTC calendar day. */
  eventDate?: string | Date | null;
  eventPlace?: string | null;
}

/**
 * Pure: the UTC calendar day of an event date as "YYYY-MM-DD", or null.
 * Store event dates as calendar days: an overnight strike belongs to the night
 * the newsroom names, not to the UTC hour of the first explosion.
 */
export function eventDay(date: string | Date | null | undefined): string | null {
  if (!date) return null;
  if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const time = typeof date === "string" ? Date.parse(date) : date.getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** Pure: can this claim be placed in an event at all (a label, or a date and a place)? */
export function hasEventInfo(event: EventInfo): boolean {
  return (
    normalizeLabel(event.eventLabel) !== "" ||
    (eventDay(event.eventDate) !== null && normalizeLabel(event.eventPlace) !== "")
  );
}

/**
 * Pure: are two claims about the same event? Rules, in order:
 * 1. Two known, different days are two events, whatever the labels say
 *    (two nights of strikes on Kyiv are never compared).
 * 2. The same normalized label is the same event (a date may be missing on one side).
 * 3. Otherwise the same day and the same normalized place.
 * Claims without a label and without both day and place match nothing: there
 * is nothing to compare them on. Two different events in one place on one day
 * need a place precise enough to tell them apart (a district, a town).
 */
export function sameEvent(a: EventInfo, b: EventInfo): boolean {
  const dayA = eventDay(a.eventDate);
  const dayB = eventDay(b.eventDate);
  if (dayA && dayB && dayA !== dayB) return false;
  const labelA = normalizeLabel(a.eventLabel);
  if (labelA !== "" && labelA === normalizeLabel(b.eventLabel)) return true;
  const placeA = normalizeLabel(a.eventPlace);
  return dayA !== null && dayA === dayB && placeA !== "" && placeA === normalizeLabel(b.eventPlace);
}

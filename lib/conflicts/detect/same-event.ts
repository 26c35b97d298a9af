import { eventDay } from "@/lib/claims/extract/event-day";
import { normalizeLabel } from "@/lib/claims/compare/normalize-label";

/** What a claim says about the event its figure belongs to. */
export interface EventInfo {
  eventLabel?: string | null;
  /** An ISO date ("2025-04-24"), an ISO timestamp, or a Date; compared as a UTC calendar day. */
  eventDate?: string | Date | null;
  eventPlace?: string | null;
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

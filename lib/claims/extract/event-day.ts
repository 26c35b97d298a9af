/**
 * Pure: the UTC calendar day of an event date as "YYYY-MM-DD", or null.
 * Store event dates as calendar days: an overnight strike belongs to the night
 * the newsroom names, not to the UTC hour of the first explosion.
 * In lib/claims/extract, where event dates are found (find-event-date.ts);
 * conflict detection compares claims' events by it (lib/conflicts/detect/same-event.ts).
 */
export function eventDay(date: string | Date | null | undefined): string | null {
  if (!date) return null;
  if (typeof date === "string" && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  const time = typeof date === "string" ? Date.parse(date) : date.getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

import { db } from "@/lib/db/client";

/**
 * The database clock while a page renders, in ms since the epoch. The page
 * hands it to its live stream as `since`: changes from then on (minus the
 * late-commit window) make the page refetch once the stream is open, so
 * nothing committed between the page's read and the stream's start is missed.
 * The database clock, not the app's: AuditEvent.createdAt is written by it.
 */
export async function readLiveSince(): Promise<number> {
  const rows = await db.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return rows[0]!.now.getTime();
}

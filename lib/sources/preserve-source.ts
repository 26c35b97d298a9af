import { db } from "@/lib/db/client";
import { componentLogger } from "@/lib/ops/logger";
import { fetchSource } from "./fetch-source";
import { PRESERVE_MAX_ATTEMPTS } from "@/lib/jobs/queues";

const log = componentLogger("sources");

/**
 * The `sources.preserve` job: fetches a cited source once and stores its
 * readable text, SHA-256, status, content type, title and fetch time. A source
 * that answers an error status (404) is preserved as such: dead at citation.
 * No answer at all records the error and the attempt and throws, so pg-boss
 * tries again with backoff; after the last attempt the row keeps the error.
 * Already preserved, or gone (its citing transaction rolled back): nothing to do.
 */
export async function preserveSource(snapshotId: string, now = () => new Date()): Promise<"preserved" | "skipped"> {
  const snapshot = await db.sourceSnapshot.findUnique({
    where: { id: snapshotId },
    select: { id: true, url: true, fetchedAt: true, attempts: true },
  });
  if (!snapshot || snapshot.fetchedAt || snapshot.attempts >= PRESERVE_MAX_ATTEMPTS) return "skipped";
  const fetched = await fetchSource(snapshot.url);
  if (!fetched.answered) {
    await db.sourceSnapshot.update({
      where: { id: snapshot.id },
      data: { error: fetched.error, attempts: { increment: 1 } },
    });
    log.info({ snapshotId, attempt: snapshot.attempts + 1 }, "source could not be preserved yet");
    throw new Error(`source not preserved: ${fetched.error}`);
  }
  const at = now();
  const content = fetched.content;
  await db.sourceSnapshot.update({
    where: { id: snapshot.id },
    data: {
      fetchedAt: at,
      httpStatus: fetched.status,
      contentType: fetched.contentType || null,
      title: content?.title ?? null,
      text: content?.text ?? null,
      contentHash: content?.contentHash ?? null,
      error: null,
      attempts: { increment: 1 },
      // what it answered at citation is its first check too
      health: fetched.status >= 400 ? "DEAD" : "LIVE",
      checkedAt: at,
      checkStatus: fetched.status,
      checkHash: content?.contentHash ?? null,
      checkError: null,
    },
  });
  return "preserved";
}

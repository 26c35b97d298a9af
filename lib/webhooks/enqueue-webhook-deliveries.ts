import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { pendingJobKeys } from "@/lib/jobs/pending-job-keys";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { componentLogger } from "@/lib/ops/logger";

const log = componentLogger("webhooks");

/**
 * One `webhooks.deliver` job per delivery, keyed by its id (the queue is
 * stately: never two waiting), with the tries it has left. `skipPending`:
 * leave out deliveries whose job waits for a retry or runs.
 */
export async function enqueueWebhookDeliveries(
  deliveries: readonly { id: string; workspaceId: string; attempts: number }[],
  options: { skipPending?: boolean } = {},
): Promise<number> {
  const pending = options.skipPending
    ? await pendingJobKeys(
        "webhooks.deliver",
        deliveries.map((d) => d.id),
      )
    : new Set<string>();
  let queued = 0;
  for (const delivery of deliveries) {
    if (pending.has(delivery.id)) continue;
    const retryLimit = Math.max(0, WEBHOOK_MAX_ATTEMPTS - delivery.attempts - 1);
    if (
      await enqueue(
        "webhooks.deliver",
        { deliveryId: delivery.id, workspaceId: delivery.workspaceId },
        { singletonKey: delivery.id, retryLimit },
      )
    )
      queued += 1;
  }
  return queued;
}

/** How long to wait for the writing transaction to commit before leaving its deliveries to the sweep. */
const COMMIT_WAIT_MS = 60_000;

/**
 * Enqueues deliveries written by a transaction still open, once it commits.
 * Prisma has no after-commit hook, and the emitting use cases should not have
 * to carry ids out of their transactions; the rows become visible to another
 * connection exactly at the commit, so this watches for them (25 ms, doubling
 * to 1 s). A rolled-back transaction's rows never appear: after a minute the
 * watch ends (the sweep would enqueue anything it missed). Never throws.
 */
export function enqueueWhenCommitted(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const started = Date.now();
  const check = async (delayMs: number): Promise<void> => {
    const visible = await db.webhookDelivery.findMany({
      where: { id: { in: [...ids] }, status: "PENDING" },
      select: { id: true, workspaceId: true, attempts: true },
    });
    if (visible.length > 0) {
      await enqueueWebhookDeliveries(visible);
      return;
    }
    if (Date.now() - started > COMMIT_WAIT_MS) return;
    setTimeout(() => void check(Math.min(delayMs * 2, 1_000)).catch(failed), delayMs).unref();
  };
  const failed = (error: unknown) =>
    log.error(
      { ids, reason: error instanceof Error ? error.message : String(error) },
      "could not enqueue webhook deliveries: the sweep will",
    );
  setTimeout(() => void check(25).catch(failed), 0).unref();
}

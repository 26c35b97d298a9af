import { db } from "@/lib/db/client";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { enqueueWebhookDeliveries } from "@/lib/webhooks/enqueue-webhook-deliveries";

/** A delivery is swept once it has waited this long: the enqueue after its commit normally took it well before. */
export const WEBHOOK_SWEEP_AFTER_MS = 60_000;
/** Older deliveries are left alone: an event two days late is news to nobody (an admin can still replay it). */
const SWEEP_WITHIN_MS = 2 * 24 * 60 * 60 * 1000;
const SWEEP_BATCH = 200;

/**
 * The `webhooks.sweep` job (every minute): enqueues deliveries still PENDING
 * a minute after they were written with no job waiting or running for them
 * (a crash between commit and enqueue, a job lost with its instance), so no
 * committed event is lost.
 */
export async function sweepUndeliveredWebhooks(now = new Date()): Promise<number> {
  const stale = await db.webhookDelivery.findMany({
    where: {
      status: "PENDING",
      attempts: { lt: WEBHOOK_MAX_ATTEMPTS },
      createdAt: {
        lt: new Date(now.getTime() - WEBHOOK_SWEEP_AFTER_MS),
        gt: new Date(now.getTime() - SWEEP_WITHIN_MS),
      },
    },
    orderBy: { createdAt: "asc" },
    take: SWEEP_BATCH,
    select: { id: true, workspaceId: true, attempts: true },
  });
  return enqueueWebhookDeliveries(stale, { skipPending: true });
}

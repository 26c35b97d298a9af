import { enqueue } from "@/lib/jobs/enqueue";
import { MAIL_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { pendingJobKeys } from "@/lib/jobs/pending-job-keys";

/**
 * One `mail.deliver` job per stored mail, keyed by the mail's id (the queue is
 * stately, so a mail never has two jobs waiting), with the tries it has left.
 * `skipPending`: leave out mails whose job is waiting for a retry or running.
 */
export async function enqueueMailDelivery(
  messages: readonly { id: string; workspaceId: string | null; attempts: number }[],
  options: { skipPending?: boolean } = {},
): Promise<number> {
  const pending = options.skipPending
    ? await pendingJobKeys(
        "mail.deliver",
        messages.map((m) => m.id),
      )
    : new Set<string>();
  let queued = 0;
  for (const message of messages) {
    if (pending.has(message.id)) continue;
    const retryLimit = Math.max(0, MAIL_MAX_ATTEMPTS - message.attempts - 1);
    const id = await enqueue(
      "mail.deliver",
      { messageId: message.id, workspaceId: message.workspaceId },
      { singletonKey: message.id, retryLimit },
    );
    if (id) queued += 1;
  }
  return queued;
}

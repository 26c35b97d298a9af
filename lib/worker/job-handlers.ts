import type { JobPayloads, QueueName } from "@/lib/jobs/queues";
import { deliverMailJob } from "@/lib/mail/deliver-mail-job";
import { sweepUndeliveredMail } from "@/lib/mail/sweep-undelivered-mail";
import { detectConflictsJob } from "@/lib/conflicts/detect-conflicts-job";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { sweepUndeliveredWebhooks } from "@/lib/webhooks/sweep-undelivered-webhooks";
import { preserveSource } from "@/lib/sources/preserve-source";
import { sweepUnpreservedSources } from "@/lib/sources/sweep-unpreserved-sources";
import { runSourceCheck } from "@/lib/sources/check-sources";

/** One job's work. Throwing fails the try: pg-boss retries it as its queue says (lib/jobs/queues.ts). */
export type JobHandler<Q extends QueueName> = (data: JobPayloads[Q]) => Promise<void>;

export const JOB_HANDLERS: { [Q in QueueName]: JobHandler<Q> } = {
  "mail.deliver": (data) => deliverMailJob(data.messageId),
  "mail.sweep": async () => {
    await sweepUndeliveredMail();
  },
  "conflicts.detect": async (data) => {
    await detectConflictsJob(data);
  },
  "sources.preserve": async (data) => {
    await preserveSource(data.snapshotId);
  },
  "sources.sweep": async () => {
    await sweepUnpreservedSources();
  },
  "sources.check": async (data) => {
    await runSourceCheck(data.workspaceId ? { workspaceId: data.workspaceId } : {});
  },
  "webhooks.deliver": (data) => deliverWebhookJob(data.deliveryId),
  "webhooks.sweep": async () => {
    await sweepUndeliveredWebhooks();
  },
};

import type { JobHandlers } from "@/lib/jobs/inline-jobs";
import { deliverMailJob } from "@/lib/mail/deliver-mail-job";
import { sweepUndeliveredMail } from "@/lib/mail/sweep-undelivered-mail";
import { detectConflictsJob } from "@/lib/conflicts/detect-conflicts-job";
import { deliverWebhookJob } from "@/lib/webhooks/deliver-webhook-job";
import { sweepUndeliveredWebhooks } from "@/lib/webhooks/sweep-undelivered-webhooks";
import { preserveSource } from "@/lib/sources/preserve-source";
import { sweepUnpreservedSources } from "@/lib/sources/sweep-unpreserved-sources";
import { runSourceCheck } from "@/lib/sources/check-sources";

/**
 * The work of every queue, for the runner (job-runner.ts) and for a use case that runs a job inline in a process
 * without a runner (lib/jobs/inline-jobs.ts, installed by install-job-handlers.ts).
 */
export const JOB_HANDLERS: JobHandlers = {
  "mail.deliver": (data) => deliverMailJob(data.messageId),
  "mail.sweep": async () => {
    await sweepUndeliveredMail();
  },
  // its result (the detection's counts) goes to an inline caller: lib/claims/request-conflict-detection.ts
  "conflicts.detect": (data) => detectConflictsJob(data),
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

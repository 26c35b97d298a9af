/**
 * Every queue of the job system, in one place: its name, the data a job
 * carries, and its retry and dedupe policy. Handlers live in lib/worker/job-handlers.ts
 * (only the runner loads them), so enqueuing a job never imports its work.
 */

/** Tries of one mail before it is given up: pg-boss retries a failed send with backoff (about 5 s, 10 s, 20 s, 40 s apart). */
export const MAIL_MAX_ATTEMPTS = 5;

/** Tries of one source preservation (the first and pg-boss's retries with backoff), after which the row keeps its error (lib/sources). */
export const PRESERVE_MAX_ATTEMPTS = 5;

/** Tries of one webhook delivery: pg-boss retries a failed one with backoff (5 s, 10 s, 20 s … about 10 minutes in all), then it is FAILED (lib/webhooks). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** What a job of each queue carries. `workspaceId` says whose admins may see the job (null: nobody's, e.g. a password reset). */
export interface JobPayloads {
  "mail.deliver": { messageId: string; workspaceId: string | null };
  "mail.sweep": Record<string, never>;
  /** one detection run over the workspace, or over the groups of `claimIds`; `userId`: the member whose change asked for it (the audit rows name them) */
  "conflicts.detect": { workspaceId: string; userId: string; claimIds?: string[] };
  /** lib/sources: fetch and store one cited source's copy */
  "sources.preserve": { snapshotId: string; workspaceId: string };
  "sources.sweep": Record<string, never>;
  /** lib/sources: re-check preserved sources; `workspaceId` absent: the daily run over every workspace */
  "sources.check": { workspaceId?: string };
  /** lib/webhooks: one HTTP try of one webhook delivery */
  "webhooks.deliver": { deliveryId: string; workspaceId: string };
  "webhooks.sweep": Record<string, never>;
}

export type QueueName = keyof JobPayloads;

export interface QueueDefinition {
  /**
   * "stately": at most one job per singletonKey waiting and one running, so re-enqueuing cannot pile up.
   * "short": at most one job per singletonKey waiting; any number may run (for work that serializes itself).
   */
  policy: "standard" | "stately" | "short";
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** a job still running after this is failed (and retried) by pg-boss */
  expireInSeconds: number;
  /** cron (UTC) when the queue is fed by a schedule rather than by enqueue() */
  cron?: string;
  /** how often this queue's worker polls when idle (the runner's default otherwise); enqueue() wakes this process's worker at once anyway */
  pollingIntervalSeconds?: number;
}

export const QUEUES: Record<QueueName, QueueDefinition> = {
  // polled every half second: a backlog (after an SMTP outage) is no longer held to 10 mails per 2 s poll (bench/jobs.ts); SMTP then sets the pace
  "mail.deliver": {
    policy: "stately",
    retryLimit: MAIL_MAX_ATTEMPTS - 1,
    retryDelaySeconds: 5,
    retryBackoff: true,
    expireInSeconds: 120,
    pollingIntervalSeconds: 0.5,
  },
  // every minute: mails still unsent (a crash between commit and enqueue, a process without jobs) are enqueued
  "mail.sweep": {
    policy: "stately",
    retryLimit: 0,
    retryDelaySeconds: 0,
    retryBackoff: false,
    expireInSeconds: 60,
    cron: "* * * * *",
  },
  // keyed by workspace: a burst of changes leaves one run waiting. "short", not "stately": a stately job waiting while
  // its twin runs on another instance makes pg-boss's whole fetch fail (unique index), stalling every workspace; two
  // runs at once are harmless, detectConflicts serializes them per workspace. enqueue() wakes this process's worker at
  // once; the fast poll bounds the wait for the rest (a retry, a job left by an instance that stopped).
  "conflicts.detect": {
    policy: "short",
    retryLimit: 4,
    retryDelaySeconds: 2,
    retryBackoff: true,
    expireInSeconds: 120,
    pollingIntervalSeconds: 0.5,
  },
  // lib/sources: keyed by snapshot, so repeats leave one waiting ("short", for the reason given for conflicts.detect: a
  // second fetch of one source is harmless); a source that does not answer is tried again with backoff
  "sources.preserve": {
    policy: "short",
    retryLimit: PRESERVE_MAX_ATTEMPTS - 1,
    retryDelaySeconds: 30,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  // every five minutes: cited sources never fetched (a crash between commit and enqueue) are enqueued
  "sources.sweep": {
    policy: "stately",
    retryLimit: 0,
    retryDelaySeconds: 0,
    retryBackoff: false,
    expireInSeconds: 120,
    cron: "*/5 * * * *",
  },
  // daily at 03:00 UTC over every workspace, and an admin's "Check now" (keyed by workspace): batches, oldest check first, within a time budget
  "sources.check": {
    policy: "short",
    retryLimit: 1,
    retryDelaySeconds: 60,
    retryBackoff: false,
    expireInSeconds: 1800,
    cron: "0 3 * * *",
  },
  // lib/webhooks: keyed by delivery (stately: never two waiting); a try takes at most its 10 s timeout; polled fast so an event reaches its receiver within a second
  "webhooks.deliver": {
    policy: "stately",
    retryLimit: WEBHOOK_MAX_ATTEMPTS - 1,
    retryDelaySeconds: 5,
    retryBackoff: true,
    expireInSeconds: 60,
    pollingIntervalSeconds: 0.5,
  },
  // every minute: deliveries left PENDING without a job (a crash between commit and enqueue) are enqueued
  "webhooks.sweep": {
    policy: "stately",
    retryLimit: 0,
    retryDelaySeconds: 0,
    retryBackoff: false,
    expireInSeconds: 60,
    cron: "* * * * *",
  },
};

export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[];

/**
 * Job system benchmark (lib/jobs, pg-boss 10) on a fresh database, with the
 * real runner (launchJobRunner: production's polling every 2 s, batches of 10,
 * our per-job loop and metrics) and the real enqueue().
 *
 * No-op jobs, on a queue only this process knows (bench/support/noop-queue.ts):
 * 1. Enqueue rate: jobs sent one after another through enqueue() by a process
 *    without a runner (the producer path). Baseline: plain single-row INSERTs
 *    of a similar row into a table of its own, through pg, one after another;
 *    the two alternate in blocks, so drift falls on both alike.
 * 2. Backlog drain (jobs waiting when the runner starts: after a deploy or an
 *    outage): jobs completed per second from the runner's start, with one
 *    runner, then two on the same database (two instances). A worker takes
 *    one batch per poll and, when not woken, waits out the polling interval,
 *    so one runner's baseline is that bound (batch size / interval, as seen
 *    in the drain); two runners are compared with one. Each job is checked to
 *    run exactly once.
 * 3. In-process: jobs enqueued one after another by the runner's own process
 *    (the app server's path: enqueue() wakes the local worker), from the first
 *    enqueue until the last is completed; against INSERTs timed right before
 *    and after it (the commit latency of a shared disk drifts by 5× in minutes).
 * Mail, end to end to a real SMTP server (test/support/mail-catcher.ts):
 * 4. Mails written with queueMail and handed to deliverMail by the process
 *    that runs the jobs (as the app does), until the catcher has them all.
 *    Baseline: the same, sent inline by a process without a runner (the CLI).
 * 5. A backlog of mails (enqueued while no runner ran) drained by one runner.
 *
 * The app's logger is silenced: this process's stdout carries the figures;
 * every measurement checks its own outcome instead (counts, exactly once).
 * Run alone: `npx tsx bench/jobs.ts` (`npm run bench -- jobs`).
 */
import pg from "pg";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";
import type { JobRunner } from "@/lib/jobs/job-runner-state";
import { figure, type BenchFigure } from "./figure";
import { runCleanups, runWhenMain, useBenchDatabase, type Cleanup } from "./support/bench-process";
import { NOOP_QUEUE, registerNoopQueue, type NoopQueue } from "./support/noop-queue";
import { quantile } from "./support/quantile";

const RATE_BLOCKS = 5;
const RATE_BLOCK_SIZE = 200;
const RATE_WARMUPS = 20;
const BACKLOG = 100;
const IN_PROCESS = 400;
const MAIL_WARMUPS = 5;
const MAILS = 80;
const MAIL_BACKLOG = 40;
const WAIT_LIMIT_MS = 120_000;
/** jobs of one batch run back to back; a pause longer than this starts the next poll's batch */
const BURST_GAP_MS = 250;

export async function benchJobs(): Promise<BenchFigure[]> {
  process.env.LOG_LEVEL = "silent"; // before the logger is first loaded
  const cleanups: Cleanup[] = [];
  try {
    const database = await useBenchDatabase(cleanups);
    const url = database.url;
    const noop = await registerNoopQueue(); // before the schema and the runners read the queue tables
    const { installJobSchema } = await import("@/lib/jobs/job-boss");
    const { closeJobProducer } = await import("@/lib/jobs/enqueue");
    await installJobSchema(url);
    cleanups.push({ what: "stop the job producer", run: () => closeJobProducer() });
    const raw = new pg.Pool({ connectionString: url, max: 2 });
    cleanups.push({ what: "close the pg pool", run: () => raw.end() });

    const rates = await measureEnqueueRate(raw, noop);
    const oneRunner = await drainBacklog(url, raw, noop, 1);
    const twoRunners = await drainBacklog(url, raw, noop, 2);
    const polling = oneRunner.polling!;
    const inProcess = await runInProcess(url, raw, noop, cleanups);

    const catcher = await startMailCatcher();
    cleanups.push({ what: "stop the SMTP catcher", run: () => catcher.stop() });
    process.env.SMTP_URL = catcher.url;
    cleanups.push({ what: "unset SMTP_URL", run: () => delete process.env.SMTP_URL });
    const mailInline = await sendMailInline(catcher);
    const mailQueued = await sendMailThroughJobs(url, catcher, cleanups);
    const mailBacklog = await drainMailBacklog(url, catcher);

    const insert = {
      name: `plain single-row INSERT through pg, one after another, ${RATE_BLOCKS * RATE_BLOCK_SIZE} rows`,
      value: rates.insertsPerSecond,
    };
    const inline = {
      name: `same mails sent inline by a process without a runner (the CLI path), ${MAILS} mails`,
      value: mailInline,
    };
    return [
      figure(
        `enqueue: no-op jobs sent one after another through enqueue(), ${RATE_BLOCKS * RATE_BLOCK_SIZE} jobs`,
        rates.enqueuesPerSecond,
        "jobs/s",
        insert,
      ),
      // polling bounds a backlog's drain: its baseline is that bound (the first batch is taken at once, so a little above)
      figure(
        `backlog drain, one runner: ${BACKLOG} waiting no-op jobs, from the runner's start`,
        oneRunner.jobsPerSecond,
        "jobs/s",
        {
          name: `what its polling allows: batches of ${polling.batchSize} every ${(polling.intervalMs / 1000).toFixed(2)} s (as seen in the drain)`,
          value: polling.jobsPerSecond,
        },
      ),
      figure(
        `backlog drain, two runners on one database: ${BACKLOG} waiting no-op jobs, from the runners' start`,
        twoRunners.jobsPerSecond,
        "jobs/s",
        { name: "same backlog, one runner", value: oneRunner.jobsPerSecond },
        "≈ 2× one runner",
      ),
      figure(
        `in-process: ${IN_PROCESS} no-op jobs enqueued one after another by the runner's process, first enqueue → last completed`,
        inProcess.jobsPerSecond,
        "jobs/s",
        {
          name: `plain single-row INSERT through pg, one after another, ${IN_PROCESS} rows right before and ${IN_PROCESS} right after`,
          value: inProcess.insertsPerSecond,
        },
      ),
      figure(
        `mail end to end: ${MAILS} mails written and handed to the runner of the same process, until the SMTP server has them all`,
        mailQueued,
        "mails/s",
        inline,
      ),
      figure(
        `mail backlog: ${MAIL_BACKLOG} mails enqueued while no runner ran, one runner, from its start until the SMTP server has them all`,
        mailBacklog,
        "mails/s",
        inline,
      ),
    ];
  } finally {
    await runCleanups("jobs", cleanups);
  }
}

/** Enqueue vs INSERT, alternating blocks; both one at a time. */
async function measureEnqueueRate(
  raw: pg.Pool,
  noop: NoopQueue,
): Promise<{ enqueuesPerSecond: number; insertsPerSecond: number }> {
  await raw.query(
    "CREATE TABLE bench_insert (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, data jsonb, created_on timestamptz NOT NULL DEFAULT now())",
  );
  const insert = (n: number) => insertRow(raw, n);
  let sent = 0;
  const send = async () => {
    if (!(await noop.enqueue(sent++))) throw new Error("enqueue() returned no job id");
  };
  for (let i = 0; i < RATE_WARMUPS; i++) {
    await insert(-1);
    await send();
  }
  const ms = { enqueue: 0, insert: 0 };
  for (let block = 0; block < RATE_BLOCKS; block++) {
    const order = block % 2 === 0 ? (["enqueue", "insert"] as const) : (["insert", "enqueue"] as const);
    for (const which of order) {
      const started = performance.now();
      for (let i = 0; i < RATE_BLOCK_SIZE; i++) await (which === "enqueue" ? send() : insert(i));
      ms[which] += performance.now() - started;
    }
  }
  const { rows } = await raw.query<{ count: string }>("SELECT count(*) FROM pgboss.job WHERE name = $1", [NOOP_QUEUE]);
  if (Number(rows[0]!.count) !== sent) throw new Error(`${rows[0]!.count} jobs in the table, ${sent} sent`);
  await clearNoopJobs(raw, noop);
  const total = RATE_BLOCKS * RATE_BLOCK_SIZE;
  return { enqueuesPerSecond: (total / ms.enqueue) * 1000, insertsPerSecond: (total / ms.insert) * 1000 };
}

/** The baseline's unit of work: one row, about a job's size, in a table of its own (bench_insert). */
function insertRow(raw: pg.Pool, n: number): Promise<unknown> {
  return raw.query("INSERT INTO bench_insert (name, data) VALUES ($1, $2) RETURNING id", [
    NOOP_QUEUE,
    JSON.stringify({ n }),
  ]);
}

/** Rows/s of `count` INSERTs one after another. */
async function insertRate(raw: pg.Pool, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await insertRow(raw, i);
  return (count / (performance.now() - started)) * 1000;
}

async function clearNoopJobs(raw: pg.Pool, noop: NoopQueue): Promise<void> {
  await raw.query("DELETE FROM pgboss.job WHERE name = $1", [NOOP_QUEUE]);
  noop.reset();
}

/**
 * BACKLOG jobs enqueued with no runner, then `runners` runners started at once: jobs/s until every one is
 * completed; with one runner, also the bound its polling sets (pollingSeen).
 */
async function drainBacklog(
  url: string,
  raw: pg.Pool,
  noop: NoopQueue,
  runners: number,
): Promise<{ jobsPerSecond: number; polling?: ReturnType<typeof pollingSeen> }> {
  const { launchJobRunner } = await import("@/lib/worker/job-runner");
  for (let n = 0; n < BACKLOG; n++) await noop.enqueue(n);
  const started = performance.now();
  const launched = await Promise.all(Array.from({ length: runners }, () => launchJobRunner({ connectionString: url })));
  try {
    const ms = await untilCompleted(raw, noop, BACKLOG, started);
    if (noop.duplicates() > 0) throw new Error(`${noop.duplicates()} jobs ran twice with ${runners} runners`);
    return { jobsPerSecond: (BACKLOG / ms) * 1000, polling: runners === 1 ? pollingSeen(noop.handledAt()) : undefined };
  } finally {
    await Promise.all(launched.map((runner) => runner.stop()));
    await clearNoopJobs(raw, noop);
  }
}

/**
 * What one runner's polling allows, as seen in the drain: jobs come in bursts (one batch per poll) and the
 * bursts start one polling interval apart; the bound is the largest burst over the usual time between bursts.
 */
function pollingSeen(handledAt: readonly number[]): { batchSize: number; intervalMs: number; jobsPerSecond: number } {
  const bursts: number[][] = [];
  for (const [i, at] of handledAt.entries()) {
    if (i === 0 || at - handledAt[i - 1]! > BURST_GAP_MS) bursts.push([]);
    bursts.at(-1)!.push(at);
  }
  if (bursts.length < 3) throw new Error(`expected the backlog to take several polls, saw ${bursts.length}`);
  const batchSize = Math.max(...bursts.map((b) => b.length));
  const intervalMs = quantile(
    bursts.slice(1).map((b, i) => b[0]! - bursts[i]![0]!),
    0.5,
  );
  return { batchSize, intervalMs, jobsPerSecond: (batchSize / intervalMs) * 1000 };
}

/**
 * The app server's path: this process runs the jobs and enqueues them, each enqueue waking its worker.
 * Its baseline, INSERTs as many, is timed right before and right after (commit latency drifts on a shared disk).
 */
async function runInProcess(
  url: string,
  raw: pg.Pool,
  noop: NoopQueue,
  cleanups: Cleanup[],
): Promise<{ jobsPerSecond: number; insertsPerSecond: number }> {
  await useRunnerInThisProcess(url, cleanups);
  try {
    const insertsBefore = await insertRate(raw, IN_PROCESS);
    const started = performance.now();
    for (let n = 0; n < IN_PROCESS; n++) await noop.enqueue(n);
    const enqueuedMs = performance.now() - started;
    const ms = await untilCompleted(raw, noop, IN_PROCESS, started);
    console.error(
      `bench jobs: in-process, the ${IN_PROCESS} enqueues took ${Math.round(enqueuedMs)} ms, the last job was completed after ${Math.round(ms)} ms`,
    );
    if (noop.duplicates() > 0) throw new Error(`${noop.duplicates()} jobs ran twice`);
    const insertsAfter = await insertRate(raw, IN_PROCESS);
    return { jobsPerSecond: (IN_PROCESS / ms) * 1000, insertsPerSecond: (insertsBefore + insertsAfter) / 2 };
  } finally {
    await stopRunnerInThisProcess();
    await clearNoopJobs(raw, noop);
  }
}

/** ms from `started` until the handler ran `count` jobs and pg-boss marked them all completed. */
async function untilCompleted(raw: pg.Pool, noop: NoopQueue, count: number, started: number): Promise<number> {
  await until(() => noop.handled() >= count, `${count} no-op jobs handled (${noop.handled()} were)`, 5);
  const completed = async () =>
    Number(
      (
        await raw.query<{ count: string }>("SELECT count(*) FROM pgboss.job WHERE name = $1 AND state = 'completed'", [
          NOOP_QUEUE,
        ])
      ).rows[0]!.count,
    );
  let done = 0;
  await until(async () => (done = await completed()) >= count, `${count} no-op jobs completed (${done} were)`, 10);
  return performance.now() - started;
}

/** Polls `check` every `everyMs` until true; fails after WAIT_LIMIT_MS. */
async function until(check: () => boolean | Promise<boolean>, what: string, everyMs: number): Promise<void> {
  const deadline = performance.now() + WAIT_LIMIT_MS;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A runner as the app server's (startJobRunner would also do), on production's settings; enqueue() then goes through it. */
async function useRunnerInThisProcess(url: string, cleanups: Cleanup[]): Promise<JobRunner> {
  const { launchJobRunner } = await import("@/lib/worker/job-runner");
  const { processJobs } = await import("@/lib/jobs/job-runner-state");
  const runner = await launchJobRunner({ connectionString: url });
  Object.assign(processJobs(), { state: "started", detail: "bench runner", runner });
  cleanups.push({ what: "stop the in-process runner", run: () => stopRunnerInThisProcess() });
  return runner;
}

async function stopRunnerInThisProcess(): Promise<void> {
  const { processJobs } = await import("@/lib/jobs/job-runner-state");
  const jobs = processJobs();
  const runner = jobs.runner;
  Object.assign(jobs, { state: "not started", detail: "bench runner stopped", runner: undefined, starting: undefined });
  await runner?.stop();
}

let mailNumber = 0;

/** One mail as a notification would be: written in a transaction; returns its id. */
async function writeMail(): Promise<string> {
  const { db } = await import("@/lib/db/client");
  const { queueMail } = await import("@/lib/mail/queue-mail");
  const n = mailNumber++;
  return db.$transaction((tx) =>
    queueMail(tx, {
      to: `jobs-bench-${n}@example.test`,
      subject: `New note on “Flood relief figures” (${n})`,
      text: `Ada Editor added a note to “Flood relief figures”:\n\n“Check this against the original source.”\n\nOpen it: https://factdesk.example.test/w/desk/articles/${n}\n`,
      kind: "notification",
    }),
  );
}

/** Mails/s written and sent inline (deliverMail with no runner in this process). */
async function sendMailInline(catcher: MailCatcher): Promise<number> {
  const { deliverMail } = await import("@/lib/mail/deliver-mail");
  const send = async () => {
    const outcome = await deliverMail([await writeMail()]);
    if (outcome.sent !== 1) throw new Error(`inline delivery: ${JSON.stringify(outcome)}`);
  };
  for (let i = 0; i < MAIL_WARMUPS; i++) await send();
  const before = catcher.messages.length;
  const started = performance.now();
  for (let i = 0; i < MAILS; i++) await send();
  const ms = performance.now() - started;
  if (catcher.messages.length - before !== MAILS)
    throw new Error(`the SMTP server got ${catcher.messages.length - before} mails, ${MAILS} were sent`);
  return (MAILS / ms) * 1000;
}

/** Mails/s written and handed to the job runner of this process (deliverMail enqueues), until the SMTP server has them all. */
async function sendMailThroughJobs(url: string, catcher: MailCatcher, cleanups: Cleanup[]): Promise<number> {
  const { deliverMail } = await import("@/lib/mail/deliver-mail");
  await useRunnerInThisProcess(url, cleanups);
  try {
    const hand = async () => {
      const outcome = await deliverMail([await writeMail()]);
      if (outcome.queued !== 1) throw new Error(`delivery through jobs: ${JSON.stringify(outcome)}`);
    };
    const warm = catcher.messages.length + MAIL_WARMUPS;
    for (let i = 0; i < MAIL_WARMUPS; i++) await hand();
    await until(() => catcher.messages.length >= warm, "the warm-up mails", 10);
    const expected = catcher.messages.length + MAILS;
    const started = performance.now();
    for (let i = 0; i < MAILS; i++) await hand();
    await until(
      () => catcher.messages.length >= expected,
      `${MAILS} mails through the job runner (${catcher.messages.length - expected + MAILS} arrived)`,
      5,
    );
    return (MAILS / (performance.now() - started)) * 1000;
  } finally {
    await stopRunnerInThisProcess();
  }
}

/** MAIL_BACKLOG mails enqueued by a process without a runner, then one runner started: mails/s until all arrived. */
async function drainMailBacklog(url: string, catcher: MailCatcher): Promise<number> {
  const { db } = await import("@/lib/db/client");
  const { enqueueMailDelivery } = await import("@/lib/mail/enqueue-mail-delivery");
  const { launchJobRunner } = await import("@/lib/worker/job-runner");
  const ids: string[] = [];
  for (let i = 0; i < MAIL_BACKLOG; i++) ids.push(await writeMail());
  const messages = await db.emailMessage.findMany({
    where: { id: { in: ids } },
    select: { id: true, workspaceId: true, attempts: true },
  });
  if ((await enqueueMailDelivery(messages)) !== MAIL_BACKLOG) throw new Error("not every backlog mail was enqueued");
  const expected = catcher.messages.length + MAIL_BACKLOG;
  const started = performance.now();
  const runner = await launchJobRunner({ connectionString: url });
  try {
    await until(() => catcher.messages.length >= expected, `${MAIL_BACKLOG} backlog mails`, 10);
    return (MAIL_BACKLOG / (performance.now() - started)) * 1000;
  } finally {
    await runner.stop();
  }
}

runWhenMain(import.meta.url, benchJobs);

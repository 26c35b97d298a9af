/**
 * The job system on a real database: jobs are rows, so one enqueued while no
 * runner runs is done when one starts; with two runners (two instances of the
 * app) on one database, every job is handled exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { createBoss, installJobSchema } from "@/lib/jobs/job-boss";
import { launchJobRunner } from "@/lib/worker/job-runner";
import { eventually, startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { queueMail } from "@/lib/mail/queue-mail";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";
import { uniqueEmail } from "@/prisma/factories";

let jobs: TestJobs;
let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
  jobs = await startTestJobRunner();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await jobs.stop();
  await catcher.stop();
});

const queueOne = (to: string) =>
  db.$transaction((tx) => queueMail(tx, { to, subject: "Hello", text: "Hello there.", kind: "notification" }));

describe("jobs", () => {
  it("two runners on one database: each of 12 jobs is handled exactly once", async () => {
    await jobs.launchAnother();
    const addresses = Array.from({ length: 12 }, (_, i) => uniqueEmail(`once-${i}`));
    const ids = await Promise.all(addresses.map(queueOne));
    for (const [i, id] of ids.entries())
      await enqueue("mail.deliver", { messageId: id, workspaceId: null }, { singletonKey: `once-${id}-${i}` });

    await eventually(
      async () => (await db.emailMessage.count({ where: { id: { in: ids }, sentAt: { not: null } } })) === ids.length,
      "all 12 sent",
    );
    for (const address of addresses) expect(catcher.messages.filter((m) => m.to.includes(address))).toHaveLength(1);
    const rows = await db.emailMessage.findMany({ where: { id: { in: ids } }, select: { attempts: true } });
    expect(rows.every((r) => r.attempts === 1)).toBe(true);
  });

  it("a job enqueued while no runner runs is done by a runner started later (jobs are rows: they survive restarts)", async () => {
    const schema = `pgboss_r${Date.now().toString(36)}`;
    const connectionString = process.env.DATABASE_URL!;
    await installJobSchema(connectionString, schema);
    const producer = createBoss({ connectionString, schema, runsJobs: false });
    await producer.start();
    try {
      const to = uniqueEmail("restart");
      const id = await queueOne(to);
      await producer.send("mail.deliver", { messageId: id, workspaceId: null }, { singletonKey: id });
      expect(await producer.getQueueSize("mail.deliver")).toBe(1);
      expect((await db.emailMessage.findUniqueOrThrow({ where: { id } })).attempts).toBe(0);

      const runner = await launchJobRunner({ connectionString, schema, pollingIntervalSeconds: 0.5 });
      await catcher.waitForMail(to, { timeoutMs: 20_000 }).finally(() => runner.stop());
      expect(await producer.getQueueSize("mail.deliver")).toBe(0);
    } finally {
      await producer.stop({ graceful: false });
      await db.$executeRawUnsafe(`DROP SCHEMA "${schema}" CASCADE`);
    }
  });

  it("a second enqueue with the same singletonKey while the first waits is a no-op", async () => {
    const key = `dedupe-${uniqueEmail("k")}`;
    const first = await enqueue(
      "mail.sweep",
      {},
      { singletonKey: key, startAfter: new Date(Date.now() + 60 * 60_000) },
    );
    const second = await enqueue(
      "mail.sweep",
      {},
      { singletonKey: key, startAfter: new Date(Date.now() + 60 * 60_000) },
    );
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });
});

/**
 * Mail delivery as a background job (pg-boss, lib/jobs): a failed SMTP send
 * is retried with backoff until it goes through, the last allowed try is
 * marked as given up, and the minute's sweep picks up mail nobody enqueued.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { sweepUndeliveredMail } from "@/lib/mail/sweep-undelivered-mail";
import { MAIL_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { eventually, startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";
import { uniqueEmail } from "@/prisma/factories";

let jobs: TestJobs;
let catcher: MailCatcher;
beforeAll(async () => {
  jobs = await startTestJobRunner({ retryDelaySeconds: 1 });
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await catcher.stop();
  await jobs.stop();
});

async function queue(to: string, workspaceId: string | null = null): Promise<string> {
  return db.$transaction((tx) =>
    queueMail(tx, {
      to,
      subject: "Your invitation",
      text: "Open https://factdesk.test/invite/abc to join.",
      kind: "invitation",
      workspaceId,
    }),
  );
}
const row = (id: string) => db.emailMessage.findUniqueOrThrow({ where: { id } });

/**
 * The sweep looks at the whole EmailMessage table, which other test files fill at the same time:
 * this file's sweeps run at a moment of their own, far ahead, where only its own mails are due.
 */
const SWEEP_TIME = new Date("2100-01-01T00:00:00Z");

describe("mail.deliver job", () => {
  it("with a job runner in the process, deliverMail enqueues and the job sends", async () => {
    const to = uniqueEmail("job");
    const id = await queue(to);
    expect(await deliverMail([id])).toEqual({ sent: 0, failed: 0, queued: 1 });
    expect((await catcher.waitForMail(to)).subject).toBe("Your invitation");
    const sent = await eventually(async () => (await row(id)).sentAt && row(id), "the row marked sent");
    expect(sent).toMatchObject({ attempts: 1, lastError: null, text: "" });
  });

  it("SMTP down: the job fails, is retried, and delivers once SMTP is back", async () => {
    const down = await startMailCatcher();
    const port = Number(new URL(down.url).port);
    await down.stop(); // nothing listens there now
    process.env.SMTP_URL = down.url;
    const to = uniqueEmail("retry");
    const id = await queue(to);
    await deliverMail([id]);

    const failed = await eventually(async () => ((await row(id)).attempts >= 1 ? row(id) : null), "a first failed try");
    expect(failed.sentAt).toBeNull();
    expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);

    const back = await startMailCatcher(port);
    try {
      const mail = await back.waitForMail(to, { timeoutMs: 20_000 });
      expect(catcher.linkIn(mail, "/invite/")).toBe("https://factdesk.test/invite/abc");
      const sent = await eventually(async () => (await row(id)).sentAt && row(id), "the row marked sent");
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
      expect(sent.lastError).toBeNull();
    } finally {
      await back.stop();
      process.env.SMTP_URL = catcher.url;
    }
  });

  it("the last allowed try that fails marks the mail as given up, and nothing enqueues it again", async () => {
    const id = await queue(uniqueEmail("give-up"));
    await db.emailMessage.update({
      where: { id },
      data: { attempts: MAIL_MAX_ATTEMPTS - 1, createdAt: new Date(SWEEP_TIME.getTime() - 5 * 60_000) },
    });
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // the discard port: refused
    try {
      await deliverMail([id]);
      const given = await eventually(
        async () => ((await row(id)).attempts >= MAIL_MAX_ATTEMPTS ? row(id) : null),
        "the last try",
      );
      expect(given.lastError).toMatch(
        new RegExp(`^Gave up after ${MAIL_MAX_ATTEMPTS} tries: .*(ECONNREFUSED|connect)`, "i"),
      );
      expect(given.sentAt).toBeNull();
      expect(await sweepUndeliveredMail(SWEEP_TIME)).toBe(0);
    } finally {
      process.env.SMTP_URL = catcher.url;
    }
  });

  it("the sweep enqueues a mail left unsent for over a minute (a crash before enqueue), once", async () => {
    const to = uniqueEmail("swept");
    const id = await queue(to);
    await db.emailMessage.update({ where: { id }, data: { createdAt: new Date(SWEEP_TIME.getTime() - 2 * 60_000) } });
    const fresh = await queue(uniqueEmail("fresh")); // written "just now": its own enqueue is still due, the sweep leaves it
    await db.emailMessage.update({
      where: { id: fresh },
      data: { createdAt: new Date(SWEEP_TIME.getTime() - 10_000) },
    });

    expect(await sweepUndeliveredMail(SWEEP_TIME)).toBe(1);
    await catcher.waitForMail(to);
    await eventually(async () => (await row(id)).sentAt, "the swept mail marked sent");
    expect((await row(fresh)).attempts).toBe(0);
    expect(catcher.messages.filter((m) => m.to.includes(to))).toHaveLength(1);
  });
});

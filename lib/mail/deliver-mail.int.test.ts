import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";
import { uniqueEmail } from "@/prisma/factories";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await catcher.stop();
});

async function queue(to: string): Promise<string> {
  return db.$transaction((tx) =>
    queueMail(tx, {
      to,
      subject: "Your invitation",
      text: "Open https://factdesk.test/invite/abc to join.",
      kind: "invitation",
    }),
  );
}

describe("deliverMail in a process without a job runner (the CLI, tests): one inline try", () => {
  it("sends a queued mail over SMTP and clears the delivered body", async () => {
    process.env.SMTP_URL = catcher.url;
    const to = uniqueEmail("mail");
    const id = await queue(to);

    expect(await deliverMail([id])).toEqual({ sent: 1, failed: 0, queued: 0 });
    const mail = await catcher.waitForMail(to);
    expect(mail.subject).toBe("Your invitation");
    expect(catcher.linkIn(mail, "/invite/")).toBe("https://factdesk.test/invite/abc");
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ attempts: 1, lastError: null, text: "" });
    expect(row.sentAt).toBeInstanceOf(Date);
    // a second delivery of the same id sends nothing
    expect(await deliverMail([id])).toEqual({ sent: 0, failed: 0, queued: 0 });
  });

  it("keeps a mail it could not send, with the reason, and does not throw", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens on the discard port
    const id = await queue(uniqueEmail("down"));

    expect(await deliverMail([id])).toEqual({ sent: 0, failed: 1, queued: 0 });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row.text).toContain("/invite/abc");
  });

  it("sends nothing without SMTP_URL (the demo's outbox keeps the mail)", async () => {
    delete process.env.SMTP_URL;
    const id = await queue(uniqueEmail("outbox"));
    expect(await deliverMail([id])).toEqual({ sent: 0, failed: 0, queued: 0 });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id } })).sentAt).toBeNull();
  });
});

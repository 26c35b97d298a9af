import { linkInMail, type CaughtMail } from "../../test/support/mail-catcher";

export const linkIn = linkInMail;

/** Mail the app sent over SMTP during e2e (read from e2e/support/mail-server.ts). */
export async function waitForMail(
  to: string,
  options: { subject?: RegExp; after?: Date; timeoutMs?: number } = {},
): Promise<CaughtMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT}/messages`);
    const messages = ((await response.json()) as CaughtMail[]).map((m) => ({
      ...m,
      receivedAt: new Date(m.receivedAt),
    }));
    const found = messages
      .filter(
        (m) =>
          m.to.includes(to.toLowerCase()) &&
          (!options.subject || options.subject.test(m.subject)) &&
          (!options.after || m.receivedAt >= options.after),
      )
      .at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

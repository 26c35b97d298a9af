import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";

export interface CaughtMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: Date;
}

export interface MailCatcher {
  /** smtp://127.0.0.1:<port>, for SMTP_URL */
  url: string;
  messages: CaughtMail[];
  /** the newest mail to this address (and whose subject matches), waiting up to timeoutMs for it */
  waitForMail(to: string, options?: { subject?: RegExp; timeoutMs?: number; after?: Date }): Promise<CaughtMail>;
  /** the first absolute link in a mail's text that contains `pathPart` */
  linkIn(mail: CaughtMail, pathPart: string): string;
  stop(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free local port that
 * keeps every message it receives, parsed. Tests read the mail the app really
 * sent over SMTP: no mock transport.
 */
export async function startMailCatcher(port = 0): Promise<MailCatcher> {
  const messages: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: new Date(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  const boundPort = (server.server.address() as AddressInfo).port;

  async function waitForMail(
    to: string,
    options: { subject?: RegExp; timeoutMs?: number; after?: Date } = {},
  ): Promise<CaughtMail> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    const address = to.toLowerCase();
    for (;;) {
      const found = messages
        .filter(
          (m) =>
            m.to.includes(address) &&
            (!options.subject || options.subject.test(m.subject)) &&
            (!options.after || m.receivedAt >= options.after),
        )
        .at(-1);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `no mail to ${to}${options.subject ? ` matching ${options.subject}` : ""} arrived (got ${messages.length} in all)`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    messages,
    waitForMail,
    linkIn: linkInMail,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first absolute link in a mail's text that contains `pathPart`. */
export function linkInMail(mail: CaughtMail, pathPart: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.includes(pathPart));
  if (!link) throw new Error(`no link containing ${pathPart} in the mail "${mail.subject}"`);
  return link;
}

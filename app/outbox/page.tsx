import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { env } from "@/lib/env";
import { findOutbox } from "@/lib/mail/find-outbox";
import { LocalTime } from "@/app/_components/time/local-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox.outbox"))("title"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** Only in the embedded demo (FACTDESK_DEMO=1), which sends no mail: the emails the app wrote, with their links. */
export default async function OutboxPage() {
  if (env().FACTDESK_DEMO !== "1") notFound();
  const [mails, t] = await Promise.all([findOutbox(), getTranslations("inbox.outbox")]);
  return (
    <main id="main" className="page">
      <h1>{t("heading")}</h1>
      <p className="alert info">{t("intro")}</p>
      {mails.length === 0 && <p className="muted">{t("empty")}</p>}
      {mails.map((mail) => (
        <article className="card" key={mail.id} aria-labelledby={`mail-${mail.id}`}>
          <h2 id={`mail-${mail.id}`}>{mail.subject}</h2>
          <p className="muted">
            {t("to", { address: mail.to })} · <LocalTime date={mail.createdAt} style="dayTimeSeconds" />
            {mail.sentAt && ` · ${t("sentOverSmtp")}`}
          </p>
          <p style={{ whiteSpace: "pre-wrap" }}>
            {linkified(mail.text).map((part, i) =>
              part.link ? (
                <a key={i} href={part.text}>
                  {part.text}
                </a>
              ) : (
                <Fragment key={i}>{part.text}</Fragment>
              ),
            )}
          </p>
        </article>
      ))}
    </main>
  );
}

function linkified(text: string): { text: string; link: boolean }[] {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) => ({ text: part, link: i % 2 === 1 }));
}

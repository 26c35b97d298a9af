import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { env } from "@/lib/env";
import { findOutbox, OUTBOX_PAGE_SIZE } from "@/lib/mail/find-outbox";
import { firstValues } from "@/lib/paging/list-query";
import { Pager } from "@/app/_components/paging/pager";
import { loadListPage } from "@/app/_components/paging/load-list-page";
import { LocalTime } from "@/app/_components/time/local-time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox.outbox"))("title"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** Only in the embedded demo (FACTDESK_DEMO=1), which sends no mail: the emails the app wrote, with their links. */
export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (env().FACTDESK_DEMO !== "1") notFound();
  const cursor = firstValues(await searchParams).cursor || undefined;
  const [page, t] = await Promise.all([
    loadListPage(findOutbox({ cursor, pageSize: OUTBOX_PAGE_SIZE })),
    getTranslations("inbox.outbox"),
  ]);
  const mails = page.items;
  return (
    <main id="main" className="page">
      <h1>{t("heading")}</h1>
      <p className="alert info">{t("intro")}</p>
      {mails.length === 0 && !cursor && <p className="muted">{t("empty")}</p>}
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
      <Pager
        base="/outbox"
        params={{}}
        cursor={cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
      />
    </main>
  );
}

function linkified(text: string): { text: string; link: boolean }[] {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) => ({ text: part, link: i % 2 === 1 }));
}

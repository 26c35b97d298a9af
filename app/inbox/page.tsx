import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { EmptyState } from "@/app/_components/empty-state";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { findNotificationsPage } from "@/lib/notifications/find-notifications-page";
import { personalInbox } from "@/lib/notifications/scope";
import { InvalidInputError } from "@/lib/errors";
import { NotificationItem } from "./notification-item";
import { MarkAllReadForm } from "./mark-all-read-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await pageUser("/inbox");
  const { cursor } = await searchParams;
  const seenAt = new Date();
  const [workspaces, page, t] = await Promise.all([
    findMyWorkspaces(user.id),
    findPage(user.id, typeof cursor === "string" ? cursor : undefined),
    getTranslations("inbox"),
  ]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page" style={{ maxWidth: "52rem" }}>
        <div className="page-head">
          <h1>{t("title")}</h1>
          <Link className="button secondary" href="/account/notifications">
            {t("notificationSettings")}
          </Link>
        </div>
        <p className="muted">{t("intro")}</p>
        {page === null ? (
          <p role="alert" className="alert error">
            {t.rich("noSuchPage", { link: (chunks) => <Link href="/inbox">{chunks}</Link> })}
          </p>
        ) : page.items.length === 0 ? (
          <EmptyState title={cursor ? t("noOlder") : t("noneYet")}>
            <p>{t("emptyText")}</p>
          </EmptyState>
        ) : (
          <>
            <MarkAllReadForm seenAt={seenAt.toISOString()} />
            <ol aria-label={t("notifications")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {page.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ol>
          </>
        )}
        {(cursor || page?.nextCursor) && (
          <nav aria-label={t("pages")} style={{ display: "flex", gap: "0.75rem", marginTop: "1rem" }}>
            {cursor && (
              <Link className="button secondary" href="/inbox">
                {t("newest")}
              </Link>
            )}
            {page?.nextCursor && (
              <Link className="button secondary" href={`/inbox?cursor=${encodeURIComponent(page.nextCursor)}`}>
                {t("older")}
              </Link>
            )}
          </nav>
        )}
      </main>
    </>
  );
}

/** null: a cursor that is not one of ours (an edited or truncated address). */
async function findPage(userId: string, cursor: string | undefined) {
  try {
    return await findNotificationsPage(personalInbox(userId), { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
  } catch (error) {
    if (error instanceof InvalidInputError) return null;
    throw error;
  }
}

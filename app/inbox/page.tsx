import type { Metadata } from "next";
import Link from "next/link";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { EmptyState } from "@/app/_components/empty-state";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { findNotificationsPage } from "@/lib/notifications/find-notifications-page";
import { personalInbox } from "@/lib/notifications/scope";
import { InvalidInputError } from "@/lib/errors";
import { NotificationItem } from "./notification-item";
import { MarkAllReadForm } from "./mark-all-read-form";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const user = await pageUser("/inbox");
  const { cursor } = await searchParams;
  const seenAt = new Date();
  const [workspaces, page] = await Promise.all([findMyWorkspaces(user.id), findPage(user.id, typeof cursor === "string" ? cursor : undefined)]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page" style={{ maxWidth: "52rem" }}>
        <div className="page-head">
          <h1>Inbox</h1>
          <Link className="button secondary" href="/account/notifications">
            Notification settings
          </Link>
        </div>
        <p className="muted">What happened to your work in all your workspaces, newest first. Opening a notification marks it read.</p>
        {page === null ? (
          <p role="alert" className="alert error">
            This page of the inbox does not exist. <Link href="/inbox">Go to the newest notifications</Link>.
          </p>
        ) : page.items.length === 0 ? (
          <EmptyState title={cursor ? "No older notifications" : "No notifications yet"}>
            <p>You are notified here when a claim is assigned to you, when your verdict is reviewed, and when a report you wrote for is corrected.</p>
          </EmptyState>
        ) : (
          <>
            <MarkAllReadForm seenAt={seenAt.toISOString()} />
            <ol aria-label="Notifications" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {page.items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} />
              ))}
            </ol>
          </>
        )}
        {(cursor || page?.nextCursor) && (
          <nav aria-label="Inbox pages" style={{ display: "flex", gap: "0.75rem", marginTop: "1rem" }}>
            {cursor && (
              <Link className="button secondary" href="/inbox">
                Newest
              </Link>
            )}
            {page?.nextCursor && (
              <Link className="button secondary" href={`/inbox?cursor=${encodeURIComponent(page.nextCursor)}`}>
                Older
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

import type { Metadata } from "next";
import Link from "next/link";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { findNotificationPreferences } from "@/lib/notifications/find-notification-preferences";
import { NotificationPreferencesForm } from "./notification-preferences-form";

export const metadata: Metadata = { title: "Notification settings" };
export const dynamic = "force-dynamic";

export default async function NotificationSettingsPage() {
  const user = await pageUser("/account/notifications");
  const [workspaces, preferences] = await Promise.all([findMyWorkspaces(user.id), findNotificationPreferences(user.id)]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <div className="page-head">
          <h1>Notification settings</h1>
          <Link className="button secondary" href="/inbox">
            Inbox
          </Link>
        </div>
        <p className="muted" style={{ maxWidth: "40rem" }}>
          Every notification appears in your <Link href="/inbox">inbox</Link>. Choose which ones are also sent to {user.email}.
        </p>
        <section className="card" style={{ maxWidth: "40rem" }}>
          <NotificationPreferencesForm preferences={preferences} />
        </section>
      </main>
    </>
  );
}

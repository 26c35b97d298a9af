import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { findNotificationPreferences } from "@/lib/notifications/find-notification-preferences";
import { NotificationPreferencesForm } from "./notification-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.notifications");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function NotificationSettingsPage() {
  const user = await pageUser("/account/notifications");
  const [workspaces, preferences, t] = await Promise.all([
    findMyWorkspaces(user.id),
    findNotificationPreferences(user.id),
    getTranslations("account.notifications"),
  ]);
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <div className="page-head">
          <h1>{t("heading")}</h1>
          <Link className="button secondary" href="/inbox">
            {t("inbox")}
          </Link>
        </div>
        <p className="muted" style={{ maxWidth: "40rem" }}>
          {t.rich("intro", { email: user.email, link: (chunks) => <Link href="/inbox">{chunks}</Link> })}
        </p>
        <section className="card" style={{ maxWidth: "40rem" }}>
          <NotificationPreferencesForm preferences={preferences} />
        </section>
      </main>
    </>
  );
}

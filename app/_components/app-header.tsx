import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MyWorkspaceDto } from "@/lib/workspaces/find-my-workspaces";
import type { SessionUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { SignOutButton } from "./sign-out-button";
import { labelKey } from "@/lib/i18n/labels";

/**
 * Top bar: brand, workspace switcher, inbox with its unread count, user menu.
 * Menus are <details>, usable by keyboard and without JavaScript. The count is
 * one indexed count per page (countUnreadNotifications), rendered alongside the page.
 */
export async function AppHeader({
  user,
  workspaces,
  current,
}: {
  user: SessionUser;
  workspaces: MyWorkspaceDto[];
  current: MyWorkspaceDto | null;
}) {
  const [unread, t, tl] = await Promise.all([
    countUnreadNotifications(user.id),
    getTranslations("common.header"),
    getTranslations("labels"),
  ]);
  return (
    <header className="shell-header">
      <div className="bar">
        <Link className="brand" href="/">
          Factdesk
        </Link>
        <details className="menu">
          <summary aria-label={current ? t("switchWorkspace", { name: current.name }) : t("chooseWorkspace")}>
            {current ? current.name : t("workspaces")}
          </summary>
          <div className="menu-panel">
            <p className="menu-label">{t("yourWorkspaces")}</p>
            {workspaces.map((w) => (
              <Link key={w.slug} href={`/w/${w.slug}`} aria-current={w.slug === current?.slug ? "true" : undefined}>
                <span>{w.name}</span>
                <span className={`badge ${w.role}`}>{tl(labelKey.role(w.role)).toLowerCase()}</span>
              </Link>
            ))}
            <hr />
            <Link href="/workspaces">{t("allWorkspaces")}</Link>
          </div>
        </details>
        <span className="spacer" />
        <Link
          href="/inbox"
          aria-label={unread > 0 ? t("inboxUnread", { count: unread }) : t("inbox")}
          style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}
        >
          {t("inbox")}
          {unread > 0 && (
            <span
              className="badge"
              aria-hidden="true"
              style={{ background: "#fff", color: "var(--ink)", borderColor: "#fff" }}
            >
              {unread}
            </span>
          )}
        </Link>
        <details className="menu right">
          <summary aria-label={t("accountMenu", { name: user.name ?? user.email })}>{user.name ?? user.email}</summary>
          <div className="menu-panel">
            <p className="menu-label">{t("signedInAs")}</p>
            <p className="menu-label" style={{ color: "var(--ink)" }}>
              {user.email}
            </p>
            <hr />
            <Link href="/account">{t("accountAndPassword")}</Link>
            <Link href="/account/notifications">{t("notificationSettings")}</Link>
            <SignOutButton />
          </div>
        </details>
      </div>
    </header>
  );
}

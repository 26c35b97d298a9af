import Link from "next/link";
import type { MyWorkspaceDto } from "@/lib/workspaces/find-my-workspaces";
import type { SessionUser } from "@/lib/auth/session";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { SignOutButton } from "./sign-out-button";

/**
 * Top bar: brand, workspace switcher, inbox with its unread count, user menu.
 * Menus are <details>, usable by keyboard and without JavaScript. The count is
 * one indexed count per page (countUnreadNotifications), rendered alongside the page.
 */
export async function AppHeader({ user, workspaces, current }: { user: SessionUser; workspaces: MyWorkspaceDto[]; current: MyWorkspaceDto | null }) {
  const unread = await countUnreadNotifications(user.id);
  return (
    <header className="shell-header">
      <div className="bar">
        <Link className="brand" href="/">
          Factdesk
        </Link>
        <details className="menu">
          <summary aria-label={current ? `Workspace: ${current.name}. Switch workspace` : "Choose a workspace"}>{current ? current.name : "Workspaces"}</summary>
          <div className="menu-panel">
            <p className="menu-label">Your workspaces</p>
            {workspaces.map((w) => (
              <Link key={w.slug} href={`/w/${w.slug}`} aria-current={w.slug === current?.slug ? "true" : undefined}>
                <span>{w.name}</span>
                <span className={`badge ${w.role}`}>{w.role.toLowerCase()}</span>
              </Link>
            ))}
            <hr />
            <Link href="/workspaces">All workspaces · new workspace</Link>
          </div>
        </details>
        <span className="spacer" />
        <Link href="/inbox" aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"} style={{ display: "flex", gap: "0.4rem", alignItems: "center" }}>
          Inbox
          {unread > 0 && (
            <span className="badge" aria-hidden="true" style={{ background: "#fff", color: "var(--ink)", borderColor: "#fff" }}>
              {unread}
            </span>
          )}
        </Link>
        <details className="menu right">
          <summary aria-label={`Account menu for ${user.name ?? user.email}`}>{user.name ?? user.email}</summary>
          <div className="menu-panel">
            <p className="menu-label">Signed in as</p>
            <p className="menu-label" style={{ color: "var(--ink)" }}>
              {user.email}
            </p>
            <hr />
            <Link href="/account">Account and password</Link>
            <Link href="/account/notifications">Notification settings</Link>
            <SignOutButton />
          </div>
        </details>
      </div>
    </header>
  );
}

"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { NotificationDto } from "@/lib/notifications/find-notifications-page";
import { markNotificationReadAction } from "./actions";
import { LocalTime } from "@/app/_components/time/local-time";

/**
 * One notification, its body in full (a reviewer's reason is what the person
 * has to act on). Unread ones say so in words and a bold title, not by colour
 * alone. After "Mark as read" the button goes away, so focus moves to the title.
 */
export function NotificationItem({ notification }: { notification: NotificationDto }) {
  const t = useTranslations("inbox.item");
  const [state, markRead, pending] = useActionState(markNotificationReadAction, null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const unread = notification.readAt === null;
  const titleId = `notification-${notification.id}`;
  useEffect(() => {
    if (state?.ok) titleRef.current?.focus();
  }, [state]);
  return (
    <li
      className="card"
      aria-labelledby={titleId}
      data-unread={unread}
      style={{ borderLeft: unread ? "4px solid var(--brand)" : undefined }}
    >
      <h2
        id={titleId}
        ref={titleRef}
        tabIndex={-1}
        style={{ fontSize: "1.05rem", margin: "0 0 0.25rem", fontWeight: unread ? 700 : 500 }}
      >
        {unread && (
          <span
            className="badge"
            style={{
              marginRight: "0.5rem",
              background: "var(--brand-soft)",
              borderColor: "var(--brand)",
              color: "#0a3d73",
            }}
          >
            {t("unread")}
          </span>
        )}
        {/* a plain link: the route marks the notification read, so nothing may prefetch it */}
        {notification.link ? <a href={`/inbox/${notification.id}/open`}>{notification.title}</a> : notification.title}
      </h2>
      <p className="muted" style={{ margin: "0 0 0.5rem", fontSize: "0.9rem" }}>
        {notification.workspaceName ? `${notification.workspaceName} · ` : ""}
        <LocalTime date={notification.createdAt} />
        {!unread && ` · ${t("read")}`}
      </p>
      <p style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: "0 0 0.5rem" }}>{notification.body}</p>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {unread && (
        <form action={markRead}>
          <input type="hidden" name="notificationId" value={notification.id} />
          <button
            className="button small secondary"
            type="submit"
            aria-disabled={pending || undefined}
            aria-label={t("markReadLabel", { title: notification.title })}
          >
            {t("markRead")}
          </button>
        </form>
      )}
    </li>
  );
}

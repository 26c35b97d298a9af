"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { PresenceViewer } from "@/lib/live/presence-registry";

/**
 * Who else has this article open: a labelled list, and a polite live region
 * that announces joins and leaves (not the list found on arrival).
 * `viewers` is null while the stream is not connected.
 */
export function PresenceList({ viewers }: { viewers: PresenceViewer[] | null }) {
  const t = useTranslations("common.presence");
  const labelId = useId();
  const previous = useRef<PresenceViewer[] | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    if (viewers === null) return;
    const before = previous.current;
    previous.current = viewers;
    if (before === null) return;
    const joined = viewers
      .filter((v) => !before.some((b) => b.userId === v.userId))
      .map((v) => t("joined", { name: v.name }));
    const left = before
      .filter((b) => !viewers.some((v) => v.userId === b.userId))
      .map((b) => t("left", { name: b.name }));
    const news = [...joined, ...left];
    if (news.length > 0) setAnnouncement(`${news.join(". ")}.`);
  }, [viewers, t]);

  return (
    <div className="presence" data-testid="presence">
      <span id={labelId} className="presence-label">
        {t("alsoViewing")}
      </span>
      {viewers === null ? (
        <span className="muted">…</span>
      ) : viewers.length === 0 ? (
        <span className="muted">{t("nobodyElse")}</span>
      ) : (
        <ul aria-labelledby={labelId}>
          {viewers.map((viewer) => (
            <li key={viewer.userId}>
              <span className="presence-avatar" aria-hidden="true">
                {initials(viewer.name)}
              </span>
              {viewer.name}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function initials(name: string): string {
  const letters = name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]!.toUpperCase());
  return letters.join("") || "?";
}

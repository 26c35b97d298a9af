"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { PresenceViewer } from "@/lib/live/presence-registry";
import { RefreshThrottle } from "@/lib/live/refresh-throttle";
import { PresenceList } from "./presence-list";
import { isMergedOwnChange, whenOwnSavesSettled } from "@/lib/live/own-changes";
import { useLiveStream, type LiveState } from "./use-live-stream";

export interface LiveClientProps {
  slug: string;
  topics: string[];
  presence: boolean;
  /** database time when the server rendered the page (lib/live/read-live-since.ts) */
  since: number;
  /** the signed-in person: the echo of their own change that the page already merged is not refetched */
  viewerId: string;
}

/** Refetch soon after the first event of a burst (one action can write several), at most every 400 ms. */
const REFRESH = { delayMs: 50, minIntervalMs: 400 };

/**
 * Keeps a server-rendered page current: on every change event for its topics
 * it re-renders the page through router.refresh(), i.e. through the page's own
 * authorized loaders (events carry ids only), except for the echo of the
 * viewer's own change that the page already shows (own-changes.ts). Client state (an open panel, a
 * half-written note) survives a refresh; a text selection would not, so a
 * refresh waits while the reader is selecting text.
 */
export function LiveClient({ slug, topics, presence, since, viewerId }: LiveClientProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [firstSince] = useState(since); // later renders (refreshes) do not restart the stream
  const [held, setHeld] = useState(false);
  const [viewers, setViewers] = useState<PresenceViewer[] | null>(null);
  const throttle = useRef<RefreshThrottle | null>(null);

  useEffect(() => {
    const current = new RefreshThrottle(() => startTransition(() => router.refresh()), {
      ...REFRESH,
      isBlocked: selectingText,
      onHeld: setHeld,
    });
    throttle.current = current;
    const onSelection = () => current.unblocked();
    document.addEventListener("selectionchange", onSelection);
    return () => {
      current.dispose();
      document.removeEventListener("selectionchange", onSelection);
    };
  }, [router]);

  const state = useLiveStream(
    slug,
    topics,
    { presence, since: firstSince },
    {
      onChange: (change) => {
        if (change.actorId !== viewerId) return throttle.current?.request();
        // the viewer's own change: its echo may come before the save's answer is merged
        void whenOwnSavesSettled().then(() => {
          if (!isMergedOwnChange(change, viewerId)) throttle.current?.request();
        });
      },
      onResync: () => throttle.current?.request(),
      onPresence: setViewers,
    },
  );

  return (
    <div className="live" data-testid="live" data-live-state={state}>
      {presence && <PresenceList viewers={state === "open" ? viewers : null} />}
      <LiveStatus state={state} held={held} />
    </div>
  );
}

/** Says something only when updates are not arriving as they should. */
function LiveStatus({ state, held }: { state: LiveState; held: boolean }) {
  const t = useTranslations("common.live");
  const text = held ? t("held") : state === "offline" || state === "reconnecting" ? t("reconnecting") : null;
  return (
    // aria-live, not role="status": the page's own status messages keep that role to themselves
    <p className="live-status muted" aria-live="polite">
      {text}
    </p>
  );
}

function selectingText(): boolean {
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed && selection.rangeCount > 0;
}

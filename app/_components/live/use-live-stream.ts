"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveChange } from "@/lib/live/live-hub";
import type { PresenceViewer } from "@/lib/live/presence-registry";

/** connecting: the first connection; open: events flow; reconnecting: the browser retries by itself; offline: waiting to retry; paused: tab hidden for a while */
export type LiveState = "connecting" | "open" | "reconnecting" | "offline" | "paused";

export interface LiveHandlers {
  onChange(change: LiveChange): void;
  /** the stream may have missed something: refetch */
  onResync(): void;
  onPresence?(viewers: PresenceViewer[]): void;
}

/** A hidden tab lets go of its stream after this long (browsers allow few connections per server over HTTP/1.1). */
const HIDDEN_GRACE_MS = 60_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * The page's EventSource on /api/live/<slug>. The browser reconnects a dropped
 * stream by itself (with Last-Event-ID, so the server says "resync"); when it
 * gives up (an error status), this retries with backoff and ?resume=1.
 * `since` is used only for the first connection: any later one is a resume.
 */
export function useLiveStream(
  slug: string,
  topics: readonly string[],
  options: { presence: boolean; since: number },
  handlers: LiveHandlers,
): LiveState {
  const [state, setState] = useState<LiveState>("connecting");
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const topicsKey = topics.join(" ");
  const { presence, since } = options;

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let resume = false;

    const url = () => {
      const params = new URLSearchParams();
      for (const topic of topicsKey.split(" ")) params.append("topic", topic);
      if (presence) params.set("presence", "1");
      if (resume) params.set("resume", "1");
      else params.set("since", String(since));
      return `/api/live/${encodeURIComponent(slug)}?${params}`;
    };
    const connect = () => {
      retryTimer = undefined;
      const current = new EventSource(url());
      source = current;
      resume = true;
      current.addEventListener("ready", () => {
        failures = 0;
        setState("open");
      });
      current.addEventListener("change", (event) =>
        latest.current.onChange(JSON.parse((event as MessageEvent<string>).data) as LiveChange),
      );
      current.addEventListener("resync", () => latest.current.onResync());
      current.addEventListener("presence", (event) =>
        latest.current.onPresence?.(
          (JSON.parse((event as MessageEvent<string>).data) as { viewers: PresenceViewer[] }).viewers,
        ),
      );
      current.onerror = () => {
        if (current.readyState !== EventSource.CLOSED) return setState("reconnecting");
        current.close();
        source = null;
        setState("offline");
        const base = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** failures++);
        retryTimer = setTimeout(connect, base / 2 + Math.random() * (base / 2));
      };
    };
    const disconnect = () => {
      source?.close();
      source = null;
      clearTimeout(retryTimer);
      retryTimer = undefined;
    };
    const onVisibility = () => {
      clearTimeout(hiddenTimer);
      if (document.visibilityState === "hidden") {
        hiddenTimer = setTimeout(() => {
          disconnect();
          setState("paused");
        }, HIDDEN_GRACE_MS);
      } else if (!source && !retryTimer) {
        connect();
      }
    };

    // The first connection waits until the browser is idle: the page hydrates and
    // paints first (the stream and its server work would compete for the CPU), and
    // nothing is missed, because the first connect checks changes since `since`.
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(connect, { timeout: 2_000 })
      : window.setTimeout(connect, 200);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      disconnect();
      clearTimeout(hiddenTimer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [slug, topicsKey, presence, since]);

  return state;
}

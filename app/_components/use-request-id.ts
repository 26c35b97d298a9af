"use client";

import { useEffect, useState } from "react";

/**
 * The request id of the page load (lib/ops/request-id.ts), for error pages to
 * show next to Next's digest: both are in the server's log line of the failure.
 * From `<meta name="request-id">` (the root layout); when the root layout
 * itself failed there is no meta, so from the page's own response header as
 * the browser exposes it (`Server-Timing: request-id;desc=…`, same origin).
 * After client-side navigation it still names the page load: the digest then
 * is the closer reference. Read after mount: the server render has no document.
 */
export function useRequestId(): string | null {
  const [requestId, setRequestId] = useState<string | null>(null);
  useEffect(() => setRequestId(fromMeta() ?? fromServerTiming()), []);
  return requestId;
}

function fromMeta(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="request-id"]')?.content || null;
}

function fromServerTiming(): string | null {
  const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  return navigation?.serverTiming?.find((entry) => entry.name === "request-id")?.description || null;
}

import type { FeedFormat, FeedKind } from "@/lib/feeds/feed-document";

/** Pure: which feed a file name of publicPaths.feed names ("corrections.atom"), or null for any other name. */
export function parseFeedFileName(name: string): { kind: FeedKind; format: FeedFormat } | null {
  const match = /^(fact-checks|corrections)\.(atom|json)$/.exec(name);
  return match ? { kind: match[1] as FeedKind, format: match[2] as FeedFormat } : null;
}

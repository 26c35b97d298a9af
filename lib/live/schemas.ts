import { z } from "zod";
import { TopicListSchema } from "@/lib/live/topics";

/**
 * A stream request, from the URL a page's LiveUpdates component opens:
 * `?topic=article:<id>&presence=1&since=<ms>` (see lib/live/README.md).
 */
export const LiveStreamRequestSchema = z.object({
  topics: TopicListSchema,
  /** announce the viewer on the (single) article topic and receive who else is there */
  presence: z.boolean(),
  /** database time (ms since epoch) at which the page's data was read: changes since then make it refetch */
  since: z.number().int().positive().nullable(),
  /** a reconnect (Last-Event-ID, or ?resume=1 after the browser gave up): always refetch */
  resume: z.boolean(),
});

export type LiveStreamRequest = z.infer<typeof LiveStreamRequestSchema>;

/** The raw request fields: parsed by the route handler, validated by openLiveStream. */
export function liveStreamRequestFrom(url: URL, lastEventId: string | null): Record<keyof LiveStreamRequest, unknown> {
  const since = url.searchParams.get("since");
  return {
    topics: url.searchParams.getAll("topic"),
    presence: url.searchParams.get("presence") === "1",
    since: since && /^\d{1,15}$/.test(since) ? Number(since) : null,
    resume: lastEventId !== null || url.searchParams.get("resume") === "1",
  };
}

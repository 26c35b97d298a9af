import { readLiveSince } from "@/lib/live/read-live-since";
import { pageActor } from "@/app/_lib/page-actor";
import type { Topic } from "@/lib/live/topics";
import { LiveClient } from "./live-client";

/**
 * Drop into a server-rendered page to keep it current (lib/live/README.md):
 * `<LiveUpdates slug={slug} topics={[`article:${id}`]} presence />`.
 * Reads the database clock after the page's own data, so the stream can tell
 * whether anything the page shows changed before it connected.
 */
export async function LiveUpdates({
  slug,
  topics,
  presence = false,
}: {
  slug: string;
  topics: Topic[];
  presence?: boolean;
}) {
  const [since, actor] = await Promise.all([readLiveSince(), pageActor(slug)]); // the page's own actor, cached
  return (
    <LiveClient
      key={topics.join(" ")}
      slug={slug}
      topics={topics}
      presence={presence}
      since={since}
      viewerId={actor.userId}
    />
  );
}

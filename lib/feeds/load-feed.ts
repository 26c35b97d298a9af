import { readDb, withReplica } from "@/lib/db/replica";
import { findPublicFactChecks, findPublicWorkspace } from "@/lib/publishing/find-public-fact-checks";
import { publicOrigin } from "@/lib/public-urls/public-address";
import { translatorFor } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicDocument } from "@/lib/feeds/conditional-get";
import {
  correctionEntry,
  factCheckEntry,
  FEED_LENGTH,
  FEED_MEDIA_TYPES,
  feedDocument,
  type FeedFormat,
  type FeedKind,
} from "@/lib/feeds/feed-document";
import { findPublicCorrections } from "@/lib/feeds/find-public-corrections";
import { writeAtom } from "@/lib/feeds/write-atom";
import { writeJsonFeed } from "@/lib/feeds/write-json-feed";

/**
 * A workspace's public feed, signed out: its last FEED_LENGTH published
 * fact-checks (newest approval first) or corrections (newest first), in the
 * reader's language for the feed's own words. Unknown workspace: NotFound; a
 * known one with nothing public: a valid feed without entries.
 */
export async function loadFeed(
  workspaceSlug: string,
  kind: FeedKind,
  format: FeedFormat,
  locale: Locale,
): Promise<PublicDocument> {
  const origin = publicOrigin();
  const t = translatorFor(locale, "publicReport");
  return withReplica({ kind: "public" }, async () => {
    const { workspace, entries } =
      kind === "fact-checks"
        ? await findPublicFactChecks(workspaceSlug, { limit: FEED_LENGTH }).then(({ workspace, items }) => ({
            workspace,
            entries: items.map((item) => factCheckEntry(origin, workspace.slug, item, t)),
          }))
        : await findPublicWorkspace(workspaceSlug).then(async (workspace) => ({
            workspace,
            entries: (await findPublicCorrections(workspace, FEED_LENGTH)).map((correction) =>
              correctionEntry(origin, workspace.slug, correction, t),
            ),
          }));
    const feed = feedDocument(
      origin,
      workspace,
      kind,
      format,
      entries,
      await lastPublicChange(workspace.id),
      t,
      locale,
    );
    return {
      body: format === "atom" ? writeAtom(feed) : writeJsonFeed(feed),
      contentType: FEED_MEDIA_TYPES[format],
      lastModified: feed.updated,
      vary: "Accept-Language",
    };
  });
}

/**
 * Changes that alter a feed without touching its entries' own dates: a report
 * published or unpublished (entries come and go), the organisation's name.
 * Only reports that were ever published count, so Last-Modified tells nobody
 * when the newsroom edits its drafts. The ETag (a hash of the body) is exact;
 * this is for clients that only send If-Modified-Since.
 */
async function lastPublicChange(workspaceId: string): Promise<Date> {
  const [row] = await readDb.$queryRaw<{ at: Date }[]>`
    SELECT GREATEST(
      (SELECT w."updatedAt" FROM "Workspace" w WHERE w.id = ${workspaceId}),
      (SELECT max(r."updatedAt") FROM "Report" r WHERE r."workspaceId" = ${workspaceId} AND r."publicToken" IS NOT NULL)
    ) AS at`;
  return row?.at ?? new Date(0);
}

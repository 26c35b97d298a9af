import { NotFoundError } from "@/lib/errors";
import { failure, statusOf } from "@/lib/http/action-result";
import { pickLocale } from "@/lib/i18n/locales";
import { conditionalResponse } from "@/lib/feeds/conditional-get";
import { parseFeedFileName } from "@/lib/feeds/feed-file-name";
import { loadFeed } from "@/lib/feeds/load-feed";

/**
 * Atom and JSON Feed of a workspace's published fact-checks and corrections,
 * signed out: `/fact-checks/<workspace>/feeds/{fact-checks,corrections}.{atom,json}`
 * (publicPaths.feed). ETag / Last-Modified with 304; cacheable for five minutes.
 * Unknown workspace or file name: 404.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ workspace: string; feed: string }> },
): Promise<Response> {
  const { workspace, feed } = await params;
  // feed readers rarely send Accept-Language: then English; the feed's own words only, entries stay as written
  const locale = pickLocale([], request.headers.get("accept-language"));
  try {
    const file = parseFeedFileName(feed);
    if (!file) throw new NotFoundError("Feed");
    return conditionalResponse(request, await loadFeed(workspace, file.kind, file.format, locale));
  } catch (error) {
    const result = failure(error, locale);
    return Response.json(result.ok ? {} : { error: result.error }, {
      status: statusOf(error),
      headers: { "Cache-Control": "no-store" },
    });
  }
}

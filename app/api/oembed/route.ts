import { NotFoundError } from "@/lib/errors";
import { failure, statusOf } from "@/lib/http/action-result";
import { pickLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { publicOrigin, publicPaths } from "@/lib/public-urls/public-address";
import { loadEmbedCard } from "@/lib/embeds/load-embed-card";
import {
  embedSize,
  factCheckOfUrl,
  OEMBED_CACHE_AGE,
  oembedAnswer,
  parseMaxSize,
  requirePageUrl,
  writeOembedXml,
} from "@/lib/embeds/oembed";

/**
 * oEmbed 1.0 provider endpoint, signed out:
 * `/api/oembed?url=<fact-check page>&format=json|xml&maxwidth=&maxheight=`.
 * A rich answer whose html is the claim card in an iframe. 400 without url
 * (or with a size that is not a number), 501 for another format, 404 for an
 * address that is not a public fact-check of this app's public origin.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const locale = pickLocale([], request.headers.get("accept-language"));
  try {
    const format = params.get("format") ?? "json";
    if (format !== "json" && format !== "xml")
      return new Response("Not Implemented: format must be json or xml.", {
        status: 501,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    const pageUrl = requirePageUrl(params.get("url"));
    const size = embedSize({
      maxwidth: parseMaxSize(params.get("maxwidth"), "maxwidth"),
      maxheight: parseMaxSize(params.get("maxheight"), "maxheight"),
    });
    const origin = publicOrigin();
    const named = factCheckOfUrl(pageUrl, origin);
    if (!named) throw new NotFoundError("Claim");
    const card = await loadEmbedCard(named.workspaceSlug, named.claimId);
    const t = translatorFor(locale, "publicReport");
    const answer = oembedAnswer({
      title: card.statement,
      iframeTitle: t("embedCard.iframeTitle", { statement: card.statement }),
      organisation: card.organisation,
      embedUrl: `${origin}${publicPaths.embed(card.workspaceSlug, card.claimId)}`,
      origin,
      size,
    });
    const headers = {
      "Cache-Control": `public, max-age=${OEMBED_CACHE_AGE}`,
      Vary: "Accept-Language",
      "Access-Control-Allow-Origin": "*",
    };
    if (format === "xml")
      return new Response(writeOembedXml(answer), {
        headers: { ...headers, "Content-Type": "text/xml; charset=utf-8" },
      });
    return Response.json(answer, { headers });
  } catch (error) {
    const result = failure(error, locale);
    return Response.json(result.ok ? {} : { error: result.error, fieldErrors: result.fieldErrors }, {
      status: statusOf(error),
      headers: { "Cache-Control": "no-store" },
    });
  }
}

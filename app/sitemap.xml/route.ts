import { conditionalResponse } from "@/lib/feeds/conditional-get";
import { loadSitemap, writeSitemap } from "@/lib/feeds/sitemap";

/**
 * The sitemap of every public page (sitemaps.org protocol), signed out: one
 * urlset up to 50,000 URLs, beyond that a sitemap index of `?part=n` files.
 * ETag / Last-Modified with 304; cacheable for five minutes.
 */
export async function GET(request: Request): Promise<Response> {
  const partParam = new URL(request.url).searchParams.get("part");
  const part = partParam === null ? null : /^[1-9]\d{0,5}$/.test(partParam) ? Number(partParam) : 0;
  const loaded = part === 0 ? null : await loadSitemap(part);
  if (!loaded)
    return new Response("Not found.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return conditionalResponse(request, {
    body: writeSitemap(loaded.sitemap),
    contentType: "application/xml",
    lastModified: loaded.lastModified,
  });
}

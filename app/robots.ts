import type { MetadataRoute } from "next";
import { publicOrigin, publicPaths } from "@/lib/public-urls/public-address";

/**
 * /robots.txt: crawlers may read the public fact-checks (and find them in the
 * sitemap), never the private app. The app's pages refuse strangers anyway;
 * this only keeps crawlers from knocking. The oEmbed endpoint stays open
 * (the longest rule wins: Allow /api/oembed over Disallow /api/).
 */
/** read at request time: the public address comes from the running server's environment, not the build's */
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/oembed"],
      disallow: [
        "/w/",
        "/workspaces",
        "/account",
        "/api/",
        "/inbox",
        "/outbox",
        "/invite/",
        "/setup/",
        "/signin",
        "/forgot-password",
        "/reset-password/",
      ],
    },
    sitemap: `${publicOrigin()}${publicPaths.sitemap()}`,
  };
}

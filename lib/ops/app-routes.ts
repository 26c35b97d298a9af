import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The app's routes as the build lists them (`.next/app-path-routes-manifest.json`,
 * which `next build` writes and the standalone output keeps): `/w/[slug]`,
 * `/api/v1/articles/[articleId]`, … Next's internal pages (`/_not-found`) are
 * left out. Empty when there is no build (next dev before the first request):
 * paths then get the "unmatched" label, nothing breaks.
 */
export function loadAppRoutes(distDir = path.join(process.cwd(), ".next")): string[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<
      string,
      string
    >;
    return [...new Set(Object.values(manifest))].filter((route) => !route.startsWith("/_")).sort();
  } catch {
    return [];
  }
}

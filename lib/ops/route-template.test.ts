import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { APP_ROUTES, UNMATCHED_ROUTE, buildRouteTree, matchRoute, pathnameOf, routeLabel } from "@/lib/ops/route-template";

/** The URL patterns of app/: folders of every page.tsx and route.ts, route groups left out, plus file-based metadata (icon.svg). */
function routesInApp(): string[] {
  const app = path.join(process.cwd(), "app");
  const routes = new Set<string>();
  for (const entry of readdirSync(app, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const segments = path.relative(app, entry.parentPath).split(path.sep).filter(Boolean);
    if (segments.some((s) => s.startsWith("_"))) continue; // private folders (_components, _lib) hold no routes
    const folder = segments.filter((s) => !s.startsWith("(")); // route groups are not in the URL
    if (entry.name === "page.tsx" || entry.name === "route.ts") routes.add(`/${folder.join("/")}`);
    if (/^(icon|apple-icon|favicon)\./.test(entry.name) || /^(robots|sitemap|manifest)\.(ts|txt|xml|json)$/.test(entry.name)) routes.add(`/${[...folder, entry.name].join("/")}`);
  }
  return [...routes].sort();
}

describe("routes as metric labels", () => {
  it("APP_ROUTES lists exactly the routes of app/ (add a new page or route handler there)", () => {
    expect([...APP_ROUTES].sort()).toEqual(routesInApp());
  });

  it.each([
    ["/", "/"],
    ["/w/load-desk", "/w/:slug"],
    ["/w/load-desk/", "/w/:slug"],
    ["/w/load-desk/articles/cmb1x2y3z0000abcd1234efgh", "/w/:slug/articles/:id"],
    ["/w/load-desk/articles/new", "/w/:slug/articles/new"],
    ["/w/load-desk/articles/cmb1x2/versions/new", "/w/:slug/articles/:id/versions/new"],
    ["/w/desk/reports/r1/download/pdf", "/w/:slug/reports/:id/download/:format"],
    ["/r/Zm9vYmFyYmF6cXV4cXV1eA", "/r/:token"],
    ["/api/v1/articles/deleted", "/api/v1/articles/deleted"],
    ["/api/v1/articles/a1", "/api/v1/articles/:id"],
    ["/api/v1/conflicts/detect", "/api/v1/conflicts/detect"],
    ["/api/v1/claims/c1/appearances/a1", "/api/v1/claims/:id/appearances/:id"],
    ["/api/live/load-desk", "/api/live/:slug"],
    ["/api/auth/callback/credentials", "/api/auth/*"],
    ["/api/auth/session", "/api/auth/*"],
    ["/_next/static/chunks/app/page-0123abcd.js", "/_next/static/*"],
    ["/_next/static/media/font.woff2", "/_next/static/*"],
    ["/_next/image", "/_next/image"],
    ["/icon.svg", "/icon.svg"],
  ])("%s → %s", (pathname, route) => {
    expect(matchRoute(pathname).route).toBe(route);
  });

  it("a path that is no route is one label, however many there are", () => {
    const labels = new Set(["/wp-login.php", "/w", "/w/desk/nope", "/api/v1/articles/a/b/c", "/.env", "/r/abc/extra"].map((p) => matchRoute(p).route));
    expect([...labels]).toEqual([UNMATCHED_ROUTE]);
  });

  it("the logged path keeps ids and slugs but never a token", () => {
    expect(matchRoute("/w/load-desk/articles/a1").path).toBe("/w/load-desk/articles/a1");
    expect(matchRoute("/r/Zm9vYmFyYmF6cXV4cXV1eA/download/pdf").path).toBe("/r/:token/download/pdf");
    expect(matchRoute("/invite/Zm9vYmFyYmF6cXV4cXV1eA").path).toBe("/invite/:token");
    expect(matchRoute("/reset-password/s3cr3t").path).toBe("/reset-password/:token");
    // not a route, but still looks like a credential
    expect(matchRoute("/r/Zm9vYmFyYmF6cXV4cXV1eA/oops").path).toBe("/r/:redacted/oops");
    expect(matchRoute(`/${"x".repeat(500)}.php`).path.length).toBeLessThanOrEqual(201);
  });

  it("labels name the parameter kind, not its value", () => {
    expect(routeLabel("/w/[slug]/claims/[claimId]")).toBe("/w/:slug/claims/:id");
    expect(routeLabel("/setup/[token]")).toBe("/setup/:token");
    expect(routeLabel("/api/auth/[...nextauth]")).toBe("/api/auth/*");
  });

  it("a literal segment wins over a parameter, and a dead end falls back to the parameter", () => {
    const tree = buildRouteTree(["/a/[id]/x", "/a/new", "/a/[id]"]);
    expect(matchRoute("/a/new", tree).route).toBe("/a/new");
    expect(matchRoute("/a/new/x", tree).route).toBe("/a/:id/x");
  });

  it("the query string never reaches the label or the log", () => {
    expect(pathnameOf("/r/tok?secret=1")).toBe("/r/tok");
    expect(pathnameOf("/signin#x")).toBe("/signin");
    expect(pathnameOf(undefined)).toBe("/");
  });
});

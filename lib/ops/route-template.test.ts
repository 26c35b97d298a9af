import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadAppRoutes } from "@/lib/ops/app-routes";
import {
  UNMATCHED_ROUTE,
  buildRouteTree,
  matchRoute as matchIn,
  pathnameOf,
  routeLabel,
} from "@/lib/ops/route-template";

/** The app's routes when this was written (the build lists them at run time: lib/ops/app-routes.ts). */
const ROUTES = [
  "/",
  "/account",
  "/account/notifications",
  "/account/password",
  "/account/two-factor",
  "/api/auth/[...nextauth]",
  "/api/health/live",
  "/api/health/ready",
  "/api/live/[slug]",
  "/api/metrics",
  "/api/v1/annotations/[annotationId]",
  "/api/v1/annotations/[annotationId]/extraction",
  "/api/v1/articles",
  "/api/v1/articles/deleted",
  "/api/v1/articles/[articleId]",
  "/api/v1/articles/[articleId]/annotations",
  "/api/v1/articles/[articleId]/findings",
  "/api/v1/articles/[articleId]/restore",
  "/api/v1/articles/[articleId]/versions",
  "/api/v1/claims",
  "/api/v1/claims/[claimId]",
  "/api/v1/claims/[claimId]/appearances",
  "/api/v1/claims/[claimId]/appearances/[annotationId]",
  "/api/v1/claims/[claimId]/relations",
  "/api/v1/claims/[claimId]/relations/[relationId]",
  "/api/v1/claims/[claimId]/verdicts",
  "/api/v1/conflicts",
  "/api/v1/conflicts/detect",
  "/api/v1/conflicts/[conflictId]",
  "/api/v1/conflicts/[conflictId]/reopen",
  "/api/v1/conflicts/[conflictId]/resolve",
  "/api/v1/notifications",
  "/api/v1/notifications/[notificationId]/read",
  "/api/v1/openapi.json",
  "/api/v1/reports",
  "/api/v1/reports/[reportId]/corrections",
  "/api/v1/reports/[reportId]/export/[format]",
  "/api/v1/reports/[reportId]/pending-corrections",
  "/api/v1/verdicts",
  "/api/v1/verdicts/[verdictId]",
  "/api/v1/verdicts/[verdictId]/review",
  "/api/v1/verdicts/[verdictId]/submit",
  "/api/v1/workspace/invitations",
  "/api/v1/workspace/invitations/[invitationId]",
  "/api/v1/workspace/invitations/[invitationId]/resend",
  "/api/v1/workspace/members",
  "/api/v1/workspace/members/[membershipId]",
  "/api/v1/workspace/name-variants",
  "/api/v1/workspace/two-factor",
  "/forgot-password",
  "/icon.svg",
  "/inbox",
  "/inbox/[notificationId]/open",
  "/invite/[token]",
  "/outbox",
  "/r/[token]",
  "/r/[token]/download/[format]",
  "/reset-password/[token]",
  "/setup/[token]",
  "/signin",
  "/w/[slug]",
  "/w/[slug]/admin",
  "/w/[slug]/admin/audit",
  "/w/[slug]/admin/scale",
  "/w/[slug]/admin/tokens",
  "/w/[slug]/articles",
  "/w/[slug]/articles/new",
  "/w/[slug]/articles/[articleId]",
  "/w/[slug]/articles/[articleId]/edit",
  "/w/[slug]/articles/[articleId]/versions/new",
  "/w/[slug]/claims",
  "/w/[slug]/claims/[claimId]",
  "/w/[slug]/conflicts",
  "/w/[slug]/conflicts/[conflictId]",
  "/w/[slug]/reports",
  "/w/[slug]/reports/new",
  "/w/[slug]/reports/[reportId]",
  "/w/[slug]/reports/[reportId]/download/[format]",
  "/w/[slug]/review",
  "/w/[slug]/search",
  "/workspaces",
] as const;
const tree = buildRouteTree(ROUTES);
const matchRoute = (pathname: string) => matchIn(pathname, tree);

describe("routes as metric labels", () => {
  it("the routes come from the build's manifest, without Next's internal pages; no build: none", () => {
    const distDir = mkdtempSync(path.join(tmpdir(), "factdesk-routes-"));
    try {
      const manifest = {
        "/_not-found/page": "/_not-found",
        "/w/[slug]/page": "/w/[slug]",
        "/(marketing)/about/page": "/about",
        "/api/metrics/route": "/api/metrics",
        "/icon.svg/route": "/icon.svg",
      };
      writeFileSync(path.join(distDir, "app-path-routes-manifest.json"), JSON.stringify(manifest));
      expect(loadAppRoutes(distDir)).toEqual(["/about", "/api/metrics", "/icon.svg", "/w/[slug]"]);
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
    expect(loadAppRoutes(path.join(tmpdir(), "no-such-build"))).toEqual([]);
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
    const labels = new Set(
      ["/wp-login.php", "/w", "/w/desk/nope", "/api/v1/articles/a/b/c", "/.env", "/r/abc/extra"].map(
        (p) => matchRoute(p).route,
      ),
    );
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
    const small = buildRouteTree(["/a/[id]/x", "/a/new", "/a/[id]"]);
    expect(matchIn("/a/new", small).route).toBe("/a/new");
    expect(matchIn("/a/new/x", small).route).toBe("/a/:id/x");
  });

  it("the query string never reaches the label or the log", () => {
    expect(pathnameOf("/r/tok?secret=1")).toBe("/r/tok");
    expect(pathnameOf("/signin#x")).toBe("/signin");
    expect(pathnameOf(undefined)).toBe("/");
  });
});

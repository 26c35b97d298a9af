import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSiteWrite, newNonce, securityHeaders } from "@/lib/http/security-headers";

const request = (method: string, headers: Record<string, string>) => ({
  method,
  headers: new Headers({ host: "desk.example", ...headers }),
  url: "http://desk.example/w/x",
});

describe("contentSecurityPolicy", () => {
  it("allows only scripts with this response's nonce, never inline or eval in production, and no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("form-action 'self'");
  });

  it("lets next dev evaluate its fast-refresh code", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true })).toMatch(/script-src[^;]*'unsafe-eval'/);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only for production deployments", () => {
    expect(securityHeaders({ nonce: "n", development: false, production: true })["Strict-Transport-Security"]).toMatch(
      /max-age=\d{8}/,
    );
    expect(securityHeaders({ nonce: "n", development: true, production: false })).not.toHaveProperty(
      "Strict-Transport-Security",
    );
  });

  it("gives every response a different nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(atob([...nonces][0]!)).toHaveLength(16);
  });
});

describe("isCrossSiteWrite", () => {
  it("refuses writes whose Origin is another site, or opaque", () => {
    expect(isCrossSiteWrite(request("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(request("DELETE", { origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite(request("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("lets same-origin writes, reads, and non-browser clients through", () => {
    expect(isCrossSiteWrite(request("POST", { origin: "http://desk.example" }))).toBe(false);
    expect(isCrossSiteWrite(request("GET", { origin: "https://evil.example" }))).toBe(false);
    expect(isCrossSiteWrite(request("POST", {}))).toBe(false);
    expect(isCrossSiteWrite(request("POST", { "sec-fetch-site": "same-origin" }))).toBe(false);
  });
});

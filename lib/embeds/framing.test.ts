import { describe, expect, it } from "vitest";
import { isFrameablePath } from "@/lib/embeds/framing";
import { securityHeaders } from "@/lib/http/security-headers";
import { publicPaths } from "@/lib/public-urls/public-address";

const headersFor = (pathname: string) =>
  securityHeaders({ nonce: "n", development: false, production: true, frameable: isFrameablePath(pathname) });

describe("framing per path", () => {
  it("lets any site frame the claim card, without X-Frame-Options", () => {
    const headers = headersFor(publicPaths.embed("kyiv-desk", "clx0000000000000000000001"));
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(headers["Content-Security-Policy"]).not.toContain("frame-ancestors 'none'");
    expect(headers).not.toHaveProperty("X-Frame-Options");
    // the rest of the policy is unchanged: scripts still need the nonce
    expect(headers["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-n' 'strict-dynamic'");
  });

  it.each([
    "/",
    "/w/kyiv-desk",
    "/w/kyiv-desk/claims",
    "/account",
    "/signin",
    "/r/token",
    "/fact-checks/kyiv-desk/at-least-12-clx0000000000000000000001",
    "/embed",
    "/embed/fact-checks",
    "/embed/fact-checks/kyiv-desk",
    "/embed/fact-checks/kyiv-desk/clx0000000000000000000001/more",
    "/embedded/fact-checks/kyiv-desk/clx0000000000000000000001",
    "/api/oembed",
  ])("refuses to be framed at %s", (pathname) => {
    const headers = headersFor(pathname);
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });

  it("refuses framing when the option is left out", () => {
    expect(securityHeaders({ nonce: "n", development: false, production: false })["X-Frame-Options"]).toBe("DENY");
  });
});

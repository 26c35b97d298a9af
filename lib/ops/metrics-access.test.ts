import { describe, expect, it } from "vitest";
import { metricsAccess } from "@/lib/ops/metrics-access";

const TOKEN = "s3cret-metrics-token-0123456789";

describe("metrics access", () => {
  it("is off (404) without METRICS_TOKEN, whatever the caller sends", () => {
    expect(metricsAccess(`Bearer ${TOKEN}`, undefined)).toBe("off");
    expect(metricsAccess(null, "")).toBe("off");
  });

  it("is off when the configured token is too short to be a secret", () => {
    expect(metricsAccess("Bearer short", "short")).toBe("off");
  });

  it("allows exactly the configured bearer token", () => {
    expect(metricsAccess(`Bearer ${TOKEN}`, TOKEN)).toBe("allowed");
    expect(metricsAccess(`bearer ${TOKEN}`, TOKEN)).toBe("allowed");
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["another token", "Bearer s3cret-metrics-token-0123456780"],
    ["a prefix of the token", `Bearer ${TOKEN.slice(0, -1)}`],
    ["the token with more after it", `Bearer ${TOKEN}x`],
    ["the token without the Bearer scheme", TOKEN],
    ["Basic credentials", `Basic ${Buffer.from(`metrics:${TOKEN}`).toString("base64")}`],
    ["two tokens", `Bearer ${TOKEN} ${TOKEN}`],
  ])("denies %s (401)", (_what, header) => {
    expect(metricsAccess(header, TOKEN)).toBe("denied");
  });
});

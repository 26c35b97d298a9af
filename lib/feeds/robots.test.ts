import { describe, expect, it } from "vitest";
import robots from "@/app/robots";
import { publicOrigin } from "@/lib/public-urls/public-address";

describe("robots.txt", () => {
  it("points crawlers at the sitemap, keeps them out of the private app, and lets oEmbed through", () => {
    const { rules, sitemap } = robots();
    expect(sitemap).toBe(`${publicOrigin()}/sitemap.xml`);
    const rule = Array.isArray(rules) ? rules[0]! : rules;
    expect(rule.userAgent).toBe("*");
    expect(rule.disallow).toEqual(expect.arrayContaining(["/w/", "/api/", "/account", "/workspaces", "/inbox"]));
    expect(rule.allow).toEqual(expect.arrayContaining(["/api/oembed"]));
    // the public pages stay open: no rule shuts /fact-checks/ or /embed/
    for (const path of [rule.disallow].flat())
      expect(["/fact-checks/", "/embed/", "/sitemap.xml"].some((open) => open.startsWith(path!))).toBe(false);
  });
});

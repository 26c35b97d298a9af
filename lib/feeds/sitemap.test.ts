import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { planSitemapPart, writeSitemap } from "@/lib/feeds/sitemap";

/** The whole list as (workspace, -1 for its index page | fact-check number). */
const whole = (claims: number[]) =>
  claims.flatMap((count, w) => [[w, -1], ...Array.from({ length: count }, (_, i) => [w, i])]);
const rowsOf = (plan: ReturnType<typeof planSitemapPart>) =>
  plan.flatMap(({ workspace, index, skip, take }) => [
    ...(index ? [[workspace, -1]] : []),
    ...Array.from({ length: take }, (_, i) => [workspace, skip + i]),
  ]);

describe("planSitemapPart", () => {
  it("splits index pages and fact-checks across parts", () => {
    expect(planSitemapPart([2, 0, 3], 0, 3)).toEqual([{ workspace: 0, index: true, skip: 0, take: 2 }]);
    expect(planSitemapPart([2, 0, 3], 3, 3)).toEqual([
      { workspace: 1, index: true, skip: 0, take: 0 },
      { workspace: 2, index: true, skip: 0, take: 1 },
    ]);
    expect(planSitemapPart([2, 0, 3], 6, 3)).toEqual([{ workspace: 2, index: false, skip: 1, take: 2 }]);
    expect(planSitemapPart([2, 0, 3], 9, 3)).toEqual([]);
  });

  it("parts laid end to end are the whole list, each within the limit", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(7), { maxLength: 6 }), fc.integer({ min: 1, max: 5 }), (claims, perFile) => {
        const all = whole(claims);
        const parts = Array.from({ length: Math.ceil(all.length / perFile) + 1 }, (_, p) =>
          rowsOf(planSitemapPart(claims, p * perFile, perFile)),
        );
        for (const part of parts) expect(part.length).toBeLessThanOrEqual(perFile);
        expect(parts.flat()).toEqual(all);
      }),
    );
  });
});

describe("writeSitemap", () => {
  it("writes a urlset and a sitemap index in the sitemaps namespace, escaped", () => {
    const lastmod = new Date("2026-11-05T12:30:00Z");
    const urlset = new JSDOM(
      writeSitemap({ kind: "urlset", urls: [{ loc: "https://checks.example.test/fact-checks/a?x=1&y=2", lastmod }] }),
      { contentType: "application/xml" },
    ).window.document;
    expect(urlset.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(urlset.documentElement.localName).toBe("urlset");
    expect(urlset.documentElement.namespaceURI).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset.getElementsByTagName("loc")[0]!.textContent).toBe(
      "https://checks.example.test/fact-checks/a?x=1&y=2",
    );
    expect(urlset.getElementsByTagName("lastmod")[0]!.textContent).toBe("2026-11-05T12:30:00.000Z");
    const index = new JSDOM(
      writeSitemap({ kind: "index", parts: [{ loc: "https://checks.example.test/sitemap.xml?part=1", lastmod }] }),
      { contentType: "application/xml" },
    ).window.document;
    expect(index.documentElement.localName).toBe("sitemapindex");
    expect(index.getElementsByTagName("sitemap")).toHaveLength(1);
  });
});

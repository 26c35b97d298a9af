import { describe, expect, it } from "vitest";
import { isLocale, pickLocale } from "./locales";

describe("pickLocale", () => {
  it("takes the person's choice over the cookie and the browser", () => {
    expect(pickLocale(["uk", "en"], "en-GB,en;q=0.9")).toBe("uk");
  });

  it("skips choices that are not interface languages", () => {
    expect(pickLocale(["de", "uk"], "en")).toBe("uk");
    expect(pickLocale([null, undefined, ""], "uk-UA,uk;q=0.9,en;q=0.5")).toBe("uk");
  });

  it("honours the browser's order and weights", () => {
    expect(pickLocale([], "de-DE,uk;q=0.8,en;q=0.7")).toBe("uk");
    expect(pickLocale([], "en;q=0.4,uk;q=0.9")).toBe("uk");
    expect(pickLocale([], "en-US")).toBe("en");
  });

  it("falls back to English without a match or a header", () => {
    expect(pickLocale([], "de-DE,fr;q=0.8")).toBe("en");
    expect(pickLocale([], null)).toBe("en");
    expect(pickLocale([], "*;q=0.1,garbage;;q=x")).toMatch(/^(en|uk)$/);
  });
});

describe("isLocale", () => {
  it("accepts only the catalogue's languages", () => {
    expect(isLocale("uk")).toBe(true);
    expect(isLocale("UK")).toBe(false);
    expect(isLocale(42)).toBe(false);
  });
});

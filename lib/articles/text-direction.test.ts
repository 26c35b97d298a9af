import { describe, expect, it } from "vitest";
import { textLanguage } from "@/lib/articles/text-direction";

describe("textLanguage", () => {
  it("right-to-left languages by their likely script, left-to-right for the rest", () => {
    expect(textLanguage("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(textLanguage("he")).toEqual({ lang: "he", dir: "rtl" });
    expect(textLanguage("fa-IR")).toEqual({ lang: "fa-IR", dir: "rtl" });
    expect(textLanguage("ur")).toEqual({ lang: "ur", dir: "rtl" });
    expect(textLanguage("uk")).toEqual({ lang: "uk", dir: "ltr" });
    expect(textLanguage("en-GB")).toEqual({ lang: "en-GB", dir: "ltr" });
  });

  it("an explicit script decides: Azerbaijani in Arabic script is right-to-left, in Latin it is not", () => {
    expect(textLanguage("az-Arab")).toEqual({ lang: "az-Arab", dir: "rtl" });
    expect(textLanguage("az")).toEqual({ lang: "az", dir: "ltr" });
  });

  it("canonicalises the tag's case", () => {
    expect(textLanguage(" EN-gb ")).toEqual({ lang: "en-GB", dir: "ltr" });
  });

  it("no tag or a malformed one: no attributes, never a wrong one", () => {
    expect(textLanguage(null)).toEqual({});
    expect(textLanguage("")).toEqual({});
    expect(textLanguage("not a language!")).toEqual({});
  });
});

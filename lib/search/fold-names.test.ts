import { describe, expect, it } from "vitest";
import { foldLetters, foldName, foldNameWords, isKnownName, nameVariants } from "@/lib/search/fold-names";

describe("foldName", () => {
  it.each([
    ["Kiev", "kyiv"],
    ["KYIV", "kyiv"],
    ["Kyïv", "kyiv"],
    ["Kiew", "kyiv"],
    ["Kharkov", "kharkiv"],
    ["Odessa", "odesa"],
    ["Zaporozhye", "zaporizhzhia"],
    ["Nikolaev", "mykolaiv"],
    ["Zelensky", "zelenskyy"],
    ["Zelenskiy", "zelenskyy"],
    ["Selenskyj", "zelenskyy"],
    ["Artemovsk", "bakhmut"],
    ["Qaddafi", "gaddafi"],
    ["al Qaida", "alqaeda"],
    ["Al-Qaeda", "alqaeda"],
    ["AlQaida", "alqaeda"],
  ])("folds %s to %s", (word, key) => {
    expect(foldName(word)).toBe(key);
  });

  it("folds an unknown word to its plain folded form, never to a name it merely resembles", () => {
    expect(foldName("Kramatorsk")).toBe("kramatorsk");
    expect(foldName("O’Neill")).toBe("oneill");
    expect(foldName("Kievan")).toBe("kievan");
    expect(foldName("Sumo")).toBe("sumo");
  });

  it("adds a workspace's groups, and a group sharing a spelling joins the built-in one", () => {
    expect(foldName("Mykolajiw")).toBe("mykolajiw");
    expect(foldName("Mykolajiw", ["Mykolaiv|Mykolajiw"])).toBe("mykolaiv");
    expect(foldName("Nikolaev", ["Mykolajiw|Mykolaiv"])).toBe("mykolaiv");
    expect(foldName("Tsahkna", ["Tsahkna|Tsakhna"])).toBe(foldName("Tsakhna", ["Tsahkna|Tsakhna"]));
    expect(foldName("Kyjiw", ["Kyjiw|Kyiv"])).toBe("kyiv");
  });

  it("ignores groups of fewer than two spellings", () => {
    expect(foldName("Lonely", ["Lonely"])).toBe("lonely");
    expect(foldName("Lonely", ["Lonely|  "])).toBe("lonely");
  });
});

describe("nameVariants", () => {
  it("lists the word first, then the other spellings of its group", () => {
    expect(nameVariants("Kiev")).toEqual(["Kiev", "Kyiv", "Kiew"]);
    expect(nameVariants("zelenskiy")).toEqual(["zelenskiy", "Zelenskyy", "Zelensky", "Selenskyj"]);
  });

  it("is just the word when it has no variants", () => {
    expect(nameVariants("Kramatorsk")).toEqual(["Kramatorsk"]);
    expect(nameVariants("90")).toEqual(["90"]);
  });

  it("includes a workspace's spellings, also for a built-in name", () => {
    expect(nameVariants("Kyiv", ["Kyjiw|Kyiv"])).toEqual(["Kyiv", "Kiev", "Kiew", "Kyjiw"]);
    expect(nameVariants("Kyiv")).toEqual(["Kyiv", "Kiev", "Kiew"]);
  });

  it("leaves out spellings that differ from the word only in case, accents or separators", () => {
    expect(nameVariants("al Qaida")).toEqual(["al Qaida", "Al-Qaeda"]);
  });
});

describe("foldNameWords", () => {
  it("replaces names, joining names of several words, and keeps other words", () => {
    const words = foldLetters("The al Qaida cell near Kiev and Kharkov")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    expect(foldNameWords(words)).toEqual(["the", "alqaeda", "cell", "near", "kyiv", "and", "kharkiv"]);
  });

  it("uses a workspace's names of several words", () => {
    expect(foldNameWords(["new", "york", "city"], ["New York|NYC"])).toEqual(["newyork", "city"]);
    expect(foldNameWords(["nyc"], ["New York|NYC"])).toEqual(["newyork"]);
  });
});

describe("isKnownName", () => {
  it("knows spellings and keys of groups", () => {
    expect(isKnownName("Odessa")).toBe(true);
    expect(isKnownName("odesa")).toBe(true);
    expect(isKnownName("strikes")).toBe(false);
    expect(isKnownName("Tsahkna", ["Tsahkna|Tsakhna"])).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { plainNumber, wholeNumberPattern, writtenForms } from "@/lib/search/whole-number-pattern";

const finds = (typed: string, text: string) => new RegExp(wholeNumberPattern(typed)!, "u").test(text);

describe("wholeNumberPattern", () => {
  it.each([
    ["90", "Police counted 90 injured.", true],
    ["90", "Police counted 190 injured.", false],
    ["90", "Police counted 1,090 injured.", false],
    ["90", "Police counted 90.5 tonnes.", false],
    ["90", "Police counted 90, then 95.", true],
    ["90", "(90%) of the homes", true],
    ["200", "At least 1,200 homes", false],
    ["200", "At least 200,000 homes", false],
    ["1200", "At least 1,200 homes", true],
    ["1200", "At least 1\u202f200 homes", true],
    ["1,200", "At least 1200 homes", true],
    ["1,200", "At least 11,200 homes", false],
    ["12.5", "a rise of 12.5 percent", true],
    ["12.5", "a rise of 112.5 percent", false],
    ["12", "a rise of 12.5 percent", false],
  ])("%s in “%s”: %s", (typed, text, expected) => {
    expect(finds(typed, text)).toBe(expected);
  });

  it("is null for what is not a number", () => {
    expect(wholeNumberPattern("12th")).toBeNull();
    expect(wholeNumberPattern("covid19")).toBeNull();
    expect(wholeNumberPattern("1,20")).toBeNull();
  });
});

describe("writtenForms and plainNumber", () => {
  it("writes large numbers with and without thousands separators", () => {
    expect(writtenForms("1200")).toEqual(["1200", "1,200"]);
    expect(writtenForms("1,200,000")).toEqual(["1200000", "1,200,000"]);
    expect(writtenForms("90")).toEqual(["90"]);
    expect(writtenForms("4500.5")).toEqual(["4500.5", "4,500.5"]);
    expect(plainNumber("1,200")).toBe("1200");
    expect(plainNumber("Kyiv")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { anchorOn } from "./fixtures/make-anchor";
import { codePointsToUtf16, utf16ToCodePoints } from "./offsets";
import { reanchorAll } from "./reanchor";

describe("reanchorAll on non-Latin and astral text", () => {
  it("an emoji inserted before the span moves it by 2 code units (1 code point)", () => {
    const text = "Crowds gathered 🙂 near the station. The mayor thanked the volunteers.";
    const newText = text.replace("Crowds", "🇺🇦 Crowds");
    const [result] = reanchorAll(text, newText, [anchorOn(text, "thanked the volunteers")]);
    const before = text.indexOf("thanked");
    expect(result).toMatchObject({ state: "RELOCATED", start: before + 5 });
    expect(utf16ToCodePoints(newText, result!.start!) - utf16ToCodePoints(text, before)).toBe(3); // two regional indicators and a space
    expect(codePointsToUtf16(newText, utf16ToCodePoints(newText, result!.start!))).toBe(result!.start);
  });

  it("an annotation that is an emoji keeps both halves of the pair", () => {
    const text = "Reaction: 😡 from readers. Later: 😡 again.";
    const [result] = reanchorAll(text, `Update. ${text}`, [anchorOn(text, "😡")]);
    expect(result).toMatchObject({
      state: "RELOCATED",
      start: text.indexOf("😡") + 8,
      end: text.indexOf("😡") + 10,
      exact: "😡",
    });
  });

  it("Hebrew: a changed figure is TEXT_CHANGED with the figures in the diff", () => {
    const text = "המשטרה מסרה כי לפחות 12 בני אדם נהרגו בתקיפה. החקירה נמשכת.";
    const [result] = reanchorAll(text, text.replace("12", "19"), [anchorOn(text, "לפחות 12 בני אדם נהרגו")]);
    expect(result).toMatchObject({
      state: "TEXT_CHANGED",
      exact: "לפחות 19 בני אדם נהרגו",
      hardChanges: { removed: ["12"], added: ["19"] },
    });
  });

  it("Arabic: a word inserted before the span moves it, one inside changes it", () => {
    const text = "قال المتحدث إن الهجوم أسفر عن سقوط ضحايا في المدينة.";
    const quote = "أسفر عن سقوط ضحايا";
    const moved = reanchorAll(text, text.replace("قال", "وقال أيضا"), [anchorOn(text, quote)])[0]!;
    expect(moved).toMatchObject({ state: "RELOCATED", exact: quote });
    const changed = reanchorAll(text, text.replace("سقوط ضحايا", "سقوط عشرات الضحايا"), [anchorOn(text, quote)])[0]!;
    expect(changed.state).toBe("TEXT_CHANGED");
  });

  it("a combining accent added to a name is a change, not the same text", () => {
    const text = "Minister Stephane Dion spoke on Friday.";
    const [result] = reanchorAll(text, text.replace("Stephane", "Ste\u0301phane"), [anchorOn(text, "Stephane Dion")]);
    expect(result).toMatchObject({
      state: "TEXT_CHANGED",
      exact: "Ste\u0301phane Dion",
      hardChanges: { removed: ["Stephane"], added: ["Ste\u0301phane"] },
    });
  });
});

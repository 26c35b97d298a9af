import { describe, expect, it } from "vitest";
import { findEventPlace } from "./find-event-place";

describe("findEventPlace", () => {
  it.each([
    ["At least 12 people were killed in a drone strike on Kharkiv, officials said.", "Kharkiv"],
    ["The toll from the strike on Kharkov rose to 19.", "Kharkov"],
    ["KHARKIV, Ukraine — Rescuers searched the rubble.", "Kharkiv"],
    ["Three people died in Pokrovsk overnight.", "Pokrovsk"],
    ["Missiles hit the centre of Odessa.", "Odessa"],
    ["Officials said on Monday that 12 people died in Bucha.", "Bucha"],
  ])("%s → %s", (sentence, place) => {
    expect(findEventPlace(sentence)).toBe(place);
  });

  it.each(["Officials said on Monday that the toll rose.", "He posted on Telegram that it was over.", "", "12 dead."])(
    "no place in %j",
    (sentence) => {
      expect(findEventPlace(sentence)).toBeNull();
    },
  );
});

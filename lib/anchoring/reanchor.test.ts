import { describe, expect, it } from "vitest";
import { anchorOn, makeAnchor } from "./fixtures/make-anchor";
import { reanchorAll, type ReanchorResult } from "./reanchor";

// A made-up wire story, so the edits below can be spelled out.
const STORY = [
  "Officials in the northern province said on Monday that at least 12 dead had been counted after the storm.",
  "Governor Maria Lopez told reporters the rescue effort would continue through the night.",
  "More than 300 homes were damaged, according to the regional emergency office.",
  "The bridge on the river road was closed to traffic until engineers inspect it.",
  "The national weather service had warned of flooding two days earlier.",
  "Residents described water rising within minutes in the lower districts.",
].join("\n");

function one(oldText: string, newText: string, quote: string): ReanchorResult {
  const [result] = reanchorAll(oldText, newText, [anchorOn(oldText, quote)]);
  return result!;
}

describe("reanchorAll: edits around one annotation", () => {
  const quote = "the rescue effort would continue";

  it("unchanged text: EXACT at the same offsets", () => {
    const start = STORY.indexOf(quote);
    expect(one(STORY, STORY, quote)).toMatchObject({ state: "EXACT", start, end: start + quote.length, exact: quote });
  });

  it("insertion before the span: RELOCATED by the inserted length", () => {
    const inserted = "Heavy rain is expected again this week.\n";
    const result = one(STORY, inserted + STORY, quote);
    const start = STORY.indexOf(quote) + inserted.length;
    expect(result).toMatchObject({ state: "RELOCATED", start, end: start + quote.length, exact: quote, via: "diff" });
  });

  it("insertion right before the span's first word: RELOCATED, the new word stays outside", () => {
    const result = one(STORY, STORY.replace(quote, `officially ${quote}`), quote);
    expect(result).toMatchObject({ state: "RELOCATED", exact: quote });
  });

  it("insertion inside the span: TEXT_CHANGED with the word diff", () => {
    const result = one(STORY, STORY.replace(quote, "the rescue effort would probably continue"), quote);
    expect(result.state).toBe("TEXT_CHANGED");
    if (result.state !== "TEXT_CHANGED") return;
    expect(result.exact).toBe("the rescue effort would probably continue");
    expect(result.previousExact).toBe(quote);
    expect(result.diff).toEqual([
      { type: "equal", text: "the rescue effort would " },
      { type: "insert", text: "probably " },
      { type: "equal", text: "continue" },
    ]);
  });

  it("insertion after the span: EXACT", () => {
    const result = one(STORY, STORY.replace("through the night", "through the night and into Tuesday"), quote);
    expect(result).toMatchObject({ state: "EXACT", start: STORY.indexOf(quote), exact: quote });
  });

  it("deletion of the span: ORPHANED, with no offsets", () => {
    const sentence = STORY.split("\n")[1]!;
    const result = one(STORY, STORY.replace(`${sentence}\n`, ""), quote);
    expect(result).toEqual({ id: "a1", state: "ORPHANED", start: null, end: null, exact: null });
  });

  it("deletion of part of the span: TEXT_CHANGED showing the deleted words", () => {
    const result = one(STORY, STORY.replace("rescue effort would", "rescue would"), quote);
    expect(result).toMatchObject({ state: "TEXT_CHANGED", exact: "the rescue would continue" });
  });
});

describe("reanchorAll: facts that change are never absorbed", () => {
  it("a changed figure: TEXT_CHANGED, the diff shows 12 → 19", () => {
    const result = one(STORY, STORY.replace("at least 12 dead", "at least 19 dead"), "at least 12 dead");
    expect(result.state).toBe("TEXT_CHANGED");
    if (result.state !== "TEXT_CHANGED") return;
    expect(result.diff).toEqual([
      { type: "equal", text: "at least " },
      { type: "delete", text: "12" },
      { type: "insert", text: "19" },
      { type: "equal", text: " dead" },
    ]);
    expect(result.hardChanges).toEqual({ removed: ["12"], added: ["19"] });
  });

  it("a quote that is only the figure: TEXT_CHANGED in place, not moved to another 12", () => {
    const oldText = `${STORY}\nTwelve shelters opened; 12 schools stayed shut.`;
    const start = oldText.indexOf("12");
    const [result] = reanchorAll(oldText, oldText.replace("least 12", "least 19"), [
      makeAnchor(oldText, start, start + 2),
    ]);
    expect(result).toMatchObject({
      state: "TEXT_CHANGED",
      start,
      exact: "19",
      hardChanges: { removed: ["12"], added: ["19"] },
    });
  });

  it("a digit appended to the figure at the span's edge is part of the change (12 → 120)", () => {
    const result = one(STORY, STORY.replace("least 12", "least 120"), "at least 12");
    expect(result).toMatchObject({
      state: "TEXT_CHANGED",
      exact: "at least 120",
      hardChanges: { removed: ["12"], added: ["120"] },
    });
  });

  it("a changed qualifier: TEXT_CHANGED", () => {
    const result = one(STORY, STORY.replace("More than 300", "Nearly 300"), "More than 300 homes were damaged");
    expect(result).toMatchObject({
      state: "TEXT_CHANGED",
      exact: "Nearly 300 homes were damaged",
      hardChanges: { removed: ["More", "than"], added: ["Nearly"] },
    });
  });

  it("a changed name: TEXT_CHANGED", () => {
    const result = one(STORY, STORY.replace("Maria Lopez", "Marta Lopez"), "Governor Maria Lopez told reporters");
    expect(result).toMatchObject({
      state: "TEXT_CHANGED",
      exact: "Governor Marta Lopez told reporters",
      hardChanges: { removed: ["Maria"], added: ["Marta"] },
    });
  });
});

describe("reanchorAll: the quote moved or was duplicated", () => {
  const bridge = "The bridge on the river road was closed to traffic";
  const without = STORY.replace(`${STORY.split("\n")[3]!}\n`, "");
  const notice = (n: number) => `Notice ${n}: ${bridge}.`;

  it("a sentence moved to the end: RELOCATED by the quote search", () => {
    const lines = STORY.split("\n");
    const moved = [lines[0], lines[1], lines[2], lines[4], lines[5], lines[3]].join("\n");
    const result = one(STORY, moved, bridge);
    expect(result).toMatchObject({ state: "RELOCATED", start: moved.indexOf(bridge), exact: bridge, via: "search" });
  });

  it("original removed, two copies whose context cannot decide: AMBIGUOUS, listing both", () => {
    const newText = `${without}\n${notice(1)}\nMore updates follow.\n${notice(1)}\nMore updates follow.`;
    const result = one(STORY, newText, bridge);
    expect(result.state).toBe("AMBIGUOUS");
    if (result.state !== "AMBIGUOUS") return;
    expect(result.start).toBeNull();
    expect(result.candidates.map((c) => newText.slice(c.start, c.end))).toEqual([bridge, bridge]);
  });

  it("original removed, two copies, one with the original neighbours: that one is chosen", () => {
    const lines = STORY.split("\n");
    const kept = `${lines[2]}\n${lines[3]}\n${lines[4]}`;
    const newText = `${notice(7)}\n${without.replace(`${lines[2]}\n${lines[4]}`, kept)}\n${notice(8)}`;
    const result = one(STORY, newText, bridge);
    expect(result).toMatchObject({ state: "RELOCATED", start: newText.indexOf(`${bridge} until`), exact: bridge });
  });

  it("original rewritten beyond recognition, copies elsewhere without context: AMBIGUOUS", () => {
    const rewritten = STORY.replace(
      STORY.split("\n")[3]!,
      "Engineers will inspect every crossing before reopening roads.",
    );
    const newText = `${rewritten}\n${notice(1)}\n${notice(1)}`;
    expect(one(STORY, newText, bridge).state).toBe("AMBIGUOUS");
  });

  it("stored offsets that no longer match the old text: the quote is searched for", () => {
    const quote = "regional emergency office";
    const anchor = { ...anchorOn(STORY, quote), start: 3, end: 3 + quote.length };
    const [result] = reanchorAll(STORY, STORY, [anchor]);
    expect(result).toMatchObject({ state: "RELOCATED", start: STORY.indexOf(quote), via: "search" });
  });
});

describe("reanchorAll: many anchors", () => {
  it("keeps the input order and handles an empty list", () => {
    expect(reanchorAll(STORY, STORY, [])).toEqual([]);
    const anchors = ["Monday", "Governor", "homes", "districts"].map((q, i) => anchorOn(STORY, q, `id${i}`));
    const results = reanchorAll(STORY, `Breaking.\n${STORY}`, anchors);
    expect(results.map((r) => [r.id, r.state])).toEqual([
      ["id0", "RELOCATED"],
      ["id1", "RELOCATED"],
      ["id2", "RELOCATED"],
      ["id3", "RELOCATED"],
    ]);
  });
});

describe("reanchorAll: typography and case", () => {
  it("a name lower-cased, curly quotes straightened: located through the diff, reported as changed", () => {
    const oldText = `${STORY}\n“We will rebuild,” Governor Lopez said.`;
    const newText = oldText.replace("Governor Lopez", "governor Lopez").replace(/[“”]/g, '"');
    const [name, quote] = reanchorAll(oldText, newText, [
      anchorOn(oldText, "Governor Lopez", "g"),
      anchorOn(oldText, "“We will rebuild,”", "q"),
    ]);
    expect(name).toMatchObject({
      state: "TEXT_CHANGED",
      exact: "governor Lopez",
      via: "diff",
      hardChanges: { removed: ["Governor"], added: [] },
    });
    expect(quote).toMatchObject({ state: "TEXT_CHANGED", exact: '"We will rebuild,"', via: "diff" });
  });
});

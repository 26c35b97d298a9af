import { describe, expect, it } from "vitest";
import { notePreview } from "@/lib/annotations/note-preview";

describe("notePreview", () => {
  it("drops Markdown punctuation and folds whitespace into one plain line", () => {
    expect(notePreview("## Check\n\n> the **police** [count](https://x.test)")).toBe("Check the police count https://x.test");
  });

  it("cuts long notes with an ellipsis, within the limit", () => {
    const preview = notePreview("word ".repeat(100), 40);
    expect(preview).toHaveLength(40);
    expect(preview.endsWith("…")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { notePreview } from "@/lib/reader/note-preview";

describe("notePreview", () => {
  it("drops Markdown's marks and folds whitespace into one plain line", () => {
    expect(notePreview("## Check\n\n> the **police** [count](https://x.test)")).toBe(
      "Check the police count https://x.test",
    );
    expect(notePreview("- first\n- *second*\n1. ~~third~~ `code`")).toBe("first second third code");
  });

  it("keeps the text's own punctuation", () => {
    expect(notePreview("Source: VA_Kyiv (2024), a well-known channel — Stop! [sic]")).toBe(
      "Source: VA_Kyiv (2024), a well-known channel — Stop! [sic]",
    );
    expect(notePreview("snake_case_name and 2*3*4 = 24")).toBe("snake_case_name and 2*3*4 = 24");
    expect(notePreview("Escaped \\*stars\\* stay")).toBe("Escaped *stars* stay");
  });

  it("unwraps emphasis that wraps words, also nested", () => {
    expect(notePreview("***very*** important, _really_ __so__")).toBe("very important, really so");
    expect(notePreview("**_both_**")).toBe("both");
  });

  it("keeps an image's alt text and a bare link's address", () => {
    expect(notePreview("![Map of Kyiv](https://x.test/map.png) and [](https://x.test)")).toBe(
      "Map of Kyiv https://x.test/map.png and https://x.test",
    );
  });

  it("cuts long notes with an ellipsis, within the limit", () => {
    const preview = notePreview("word ".repeat(100), 40);
    expect(preview).toHaveLength(40);
    expect(preview.endsWith("…")).toBe(true);
  });
});

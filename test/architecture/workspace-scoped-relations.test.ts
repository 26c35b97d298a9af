import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * A verdict's evidence and reviews are indexed by workspace first ((workspaceId, revisionId), (workspaceId,
 * verdictId, createdAt)): read by their parent's id alone, as VERDICT_SELECT's nested relations are, PostgreSQL
 * reads the whole table for every claim page (14,718 reviews and 19,418 evidence rows at the scale bench's 100×:
 * 3–4 ms a page that 1× never shows). verdictSelectIn adds the workspace to each relation; queries select through it.
 */

const root = fileURLToPath(new URL("../..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("verdict queries", () => {
  it("select a verdict's relations within the workspace (verdictSelectIn), never VERDICT_SELECT itself", () => {
    const direct = [...sourceFiles(join(root, "lib")), ...sourceFiles(join(root, "app"))]
      .filter((file) => /select:\s*(\{\s*\.\.\.)?VERDICT_SELECT\b(?!\.)/.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(direct).toEqual([]);
  });
});

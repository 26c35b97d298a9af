import { describe, expect, it } from "vitest";
import { findOutlets } from "@/lib/search/find-outlets";
import { findSearchFilterOptions } from "@/lib/search/find-search-filter-options";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const pad = (n: number) => String(n).padStart(3, "0");

describe("findOutlets", () => {
  it("finds every outlet of the workspace's live articles by part of its name, in any case, alphabetically, up to the limit", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    for (let n = 1; n <= 30; n++) await createArticle(world.actors.EDITOR, { outlet: `Gazette ${pad(n)}` });
    await createArticle(world.actors.EDITOR, { outlet: "Gazette 010" }); // a second article: one outlet still
    await createArticle(world.actors.EDITOR, { outlet: "100%_Radio" });
    await createArticle(world.actors.EDITOR, { outlet: "Deleted Daily", deletedAt: new Date() });
    await createArticle(other.actors.EDITOR, { outlet: "Gazette 999" });
    const find = (q: string | undefined, limit = 20) => findOutlets(world.actors.VIEWER, { q, limit });

    // the page offers the first 20; the 30th is found by typing, as is any other
    expect((await findSearchFilterOptions(world.actors.VIEWER)).outlets).toEqual([
      "100%_Radio",
      ...Array.from({ length: 19 }, (_, i) => `Gazette ${pad(i + 1)}`),
    ]);
    expect(await find("zette 030")).toEqual(["Gazette 030"]);
    expect(await find("GAZETTE 01")).toEqual([
      "Gazette 010",
      ...Array.from({ length: 9 }, (_, i) => `Gazette ${pad(i + 11)}`),
    ]);
    expect(await find("gazette", 3)).toEqual(["Gazette 001", "Gazette 002", "Gazette 003"]);
    expect(await find("%_r")).toEqual(["100%_Radio"]);
    expect(await find("0%r")).toEqual([]);
    expect(await find("Deleted")).toEqual([]);
    expect(await find("999")).toEqual([]);
    expect(await find(undefined, 100)).toHaveLength(31);
  });
});

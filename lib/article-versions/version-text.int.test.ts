import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { versionText } from "@/lib/article-versions/version-text";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

describe("versionText: the cached text of an immutable article version", () => {
  it("reads a version once per process, and never another workspace's, cached or not", async () => {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const { version } = await createArticle(ws.actors.EDITOR, { text: "Cached once.\n\nRead many times." });
    const read = (workspaceId: string) => db.$transaction((tx) => versionText(tx, workspaceId, version.id));

    await expect(read(other.workspace.id)).rejects.toThrow(NotFoundError);
    expect(await read(ws.workspace.id)).toBe("Cached once.\n\nRead many times.");
    await expect(read(other.workspace.id)).rejects.toThrow(NotFoundError);
    // served from the cache: the row is gone, the text is the same (versions never change)
    await db.$executeRaw`ALTER TABLE "ArticleVersion" DISABLE TRIGGER USER`;
    try {
      await db.articleVersion.updateMany({ where: { id: version.id }, data: { text: "changed behind its back" } });
    } finally {
      await db.$executeRaw`ALTER TABLE "ArticleVersion" ENABLE TRIGGER USER`;
    }
    expect(await read(ws.workspace.id)).toBe("Cached once.\n\nRead many times.");
  });
});

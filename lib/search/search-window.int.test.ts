/**
 * The ranking window (lib/search/README.md): each type is ranked among its
 * newest RANK_WINDOW matches, and more matches say so ("500+"). Guards the
 * annotation search's article check, made on the window only: a window full
 * of notes on a deleted article must give way to the newest live notes, not
 * to an empty page.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteArticle } from "@/lib/articles/delete-article";
import { parseSearchParams, RANK_WINDOW } from "@/lib/search/schemas";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { annotate, shown } from "@/test/support/search-newsroom";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";

/**
 * `count` copies of a note made through the use case, each newer than the last
 * (raw SQL: RANK_WINDOW notes through the use case would take most of a minute).
 * The search vector is a generated column, so the copies match as the note does.
 */
async function copiesOf(annotationId: string, count: number): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix,
                              "anchorState", body, tags, "authorId", revision, "createdAt", "updatedAt")
    SELECT a.id || '-copy-' || n, a."workspaceId", a."articleId", a."versionId", a.kind, a.start, a."end", a.exact, a.prefix,
           a.suffix, a."anchorState", a.body, a.tags, a."authorId", a.revision,
           a."createdAt" + n * interval '1 second', a."updatedAt"
    FROM "Annotation" a, generate_series(1, ${count}::int) n
    WHERE a.id = ${annotationId}`;
}

async function newsroomWithWord() {
  const ws = await createWorkspaceWithMembers();
  const word = `zw${uniqueSuffix()}`;
  const text = `The bridge over the river closed at noon.\n\nInspectors wrote ${word} in their report.`;
  const kept = await createArticle(ws.actors.EDITOR, { title: "Bridge closed", text });
  const other = await createArticle(ws.actors.EDITOR, { title: "Bridge inspection", text });
  const search = (q: string) =>
    searchWorkspace(ws.actors.EDITOR, parseSearchParams({ q, type: "annotations" })).then((r) => shown(r.annotations));
  return { ...ws, word, kept, other, search };
}

describe("searchWorkspace: ranking window", () => {
  it("says when more than RANK_WINDOW notes match, and pages within the window", async () => {
    const { actors, word, kept, search } = await newsroomWithWord();
    const note = await annotate(actors.EDITOR, kept, word, `checked ${word}`);
    await copiesOf(note.id, RANK_WINDOW);
    const results = await searchWorkspace(actors.EDITOR, parseSearchParams({ q: word, type: "annotations" }));
    expect(results.annotations).toMatchObject({ state: "shown", total: RANK_WINDOW, capped: true });
    // the oldest match (the note itself) is outside the newest RANK_WINDOW
    const last = shown(
      await searchWorkspace(actors.EDITOR, parseSearchParams({ q: word, type: "annotations", page: "25" })).then(
        (r) => r.annotations,
      ),
    ).hits;
    expect(last).toHaveLength(20);
    expect(last.map((h) => h.id)).not.toContain(note.id);
    expect((await search(word)).hits).toHaveLength(20);
  });

  it("ranks the newest live notes when the newest matches are notes on a deleted article", async () => {
    const { actors, word, kept, other, search } = await newsroomWithWord();
    const live = await annotate(actors.EDITOR, kept, word, `kept ${word}`);
    const gone = await annotate(actors.EDITOR, other, word, `gone ${word}`);
    await copiesOf(gone.id, RANK_WINDOW);
    await deleteArticle(actors.ADMIN, other.article.id);
    const { hits, total } = await search(word);
    expect(total).toBe(1);
    expect(hits.map((h) => h.id)).toEqual([live.id]);
  });

  it("counts live notes only when a deleted article's notes are among the newest matches", async () => {
    const { actors, word, kept, other, search } = await newsroomWithWord();
    const live = await annotate(actors.EDITOR, kept, word, `kept ${word}`);
    await copiesOf(live.id, RANK_WINDOW - 1);
    const gone = await annotate(actors.EDITOR, other, word, `gone ${word}`);
    await copiesOf(gone.id, 3);
    await deleteArticle(actors.ADMIN, other.article.id);
    const results = await searchWorkspace(actors.EDITOR, parseSearchParams({ q: word, type: "annotations" }));
    expect(results.annotations).toMatchObject({ state: "shown", total: RANK_WINDOW, capped: false });
    expect(shown(results.annotations).hits.every((h) => h.articleId === kept.article.id)).toBe(true);
    expect((await search(word)).hits).toHaveLength(20);
  });
});

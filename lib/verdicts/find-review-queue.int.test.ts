import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createArticle, createClaimRecord, createVerdictRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { findReviewQueue } from "@/lib/verdicts/find-review-queue";
import type { ReviewQueueQuery } from "@/lib/verdicts/review-queue-query";
import { ForbiddenError } from "@/lib/errors";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import type { Actor } from "@/lib/policy/actor";

const ORIGIN = Date.parse("2025-03-01T08:00:00Z");

/** 13 submitted verdicts (three submitted in the same millisecond), some on claims assigned to the reviewer; drafts and approved ones beside them. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const waiting: { id: string; updatedAt: Date; mine: boolean }[] = [];
  for (let i = 0; i < 13; i++) {
    const mine = i % 3 === 1;
    const claim = await createClaimRecord(ws.actors.EDITOR, { assignedReviewerId: mine ? ws.users.REVIEWER.id : null });
    const updatedAt = new Date(ORIGIN + (i < 3 ? 0 : (i * 5) % 13) * 60_000);
    const verdict = await createVerdictRecord(ws.actors.EDITOR, claim.id, { status: "SUBMITTED", updatedAt });
    waiting.push({ id: verdict.id, updatedAt, mine });
    await createVerdictRecord(ws.actors.ADMIN, claim.id, { status: i % 2 ? "DRAFT" : "APPROVED" });
  }
  return { ws, waiting };
}

type Row = Awaited<ReturnType<typeof world>>["waiting"][number];
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const ids = (rows: Row[], sort: ReviewQueueQuery["sort"]) =>
  [...rows]
    .sort(
      (a, b) =>
        (sort === "oldest" ? 1 : -1) * (compare(a.updatedAt.getTime(), b.updatedAt.getTime()) || compare(a.id, b.id)),
    )
    .map((r) => r.id);
const walk = async (actor: Actor, query: Partial<ReviewQueueQuery>) =>
  (await walkPages((cursor) => findReviewQueue(actor, { ...query, cursor, pageSize: 4 }))).items.map(
    (i) => i.verdict.id,
  );

describe("the review queue pages", () => {
  it.each(["oldest", "newest"] as const)("visits every waiting verdict exactly once, %s first", async (sort) => {
    const { ws, waiting } = await world();
    expect(await walk(ws.actors.REVIEWER, { sort })).toEqual(ids(waiting, sort));
  });

  it("waits longest first by default, and keeps 'assigned to me' on every page", async () => {
    const { ws, waiting } = await world();
    expect(await walk(ws.actors.REVIEWER, {})).toEqual(ids(waiting, "oldest"));
    const mine = await walkPages((cursor) =>
      findReviewQueue(ws.actors.REVIEWER, { assigned: "me", sort: "newest", cursor, pageSize: 2 }),
    );
    expect(mine.items.map((i) => i.verdict.id)).toEqual(
      ids(
        waiting.filter((r) => r.mine),
        "newest",
      ),
    );
    expect(mine.items.every((i) => i.assignedToActor && !i.isOwn)).toBe(true);
    expect(await walk(ws.actors.EDITOR, { assigned: "me" })).toEqual([]);
  });

  it("is for editors and up, never shows another workspace's verdicts, and refuses a forged cursor", async () => {
    const { ws } = await world();
    const outsider = await createWorkspaceWithMembers();
    await expect(findReviewQueue(ws.actors.VIEWER)).rejects.toThrow(ForbiddenError);
    expect(await walk(outsider.actors.REVIEWER, {})).toEqual([]);
    const ourCursor = (await findReviewQueue(ws.actors.REVIEWER, { pageSize: 2 })).nextCursor!;
    expect((await findReviewQueue(outsider.actors.REVIEWER, { cursor: ourCursor })).items).toEqual([]);
    await expect(
      findReviewQueue(ws.actors.REVIEWER, {
        cursor: Buffer.from('["2025-03-01T08:00:00.000Z"]').toString("base64url"),
      }),
    ).rejects.toThrow(InvalidCursorError);
  });

  it("shows the first five places a claim appears and counts the rest (it stopped at five without saying so), deleted passages not counted", async () => {
    const ws = await createWorkspaceWithMembers();
    const editor = ws.actors.EDITOR;
    const claim = await createClaimRecord(editor);
    await createVerdictRecord(editor, claim.id, { status: "SUBMITTED" });
    const { article, version } = await createArticle(editor);
    for (let i = 0; i < 8; i++) {
      const annotation = await db.annotation.create({
        data: {
          workspaceId: ws.workspace.id,
          articleId: article.id,
          versionId: version.id,
          start: i,
          end: i + 5,
          exact: version.text.slice(i, i + 5),
          prefix: version.text.slice(0, i),
          suffix: version.text.slice(i + 5, i + 37),
          authorId: editor.userId,
          deletedAt: i === 7 ? new Date() : null,
        },
      });
      await db.claimAppearance.create({
        data: {
          workspaceId: ws.workspace.id,
          claimId: claim.id,
          annotationId: annotation.id,
          createdById: editor.userId,
        },
      });
    }
    // counted per claim of the page: one with a single appearance and one with none wait behind it
    const once = await createClaimRecord(editor);
    await createVerdictRecord(editor, once.id, { status: "SUBMITTED" });
    const passage = await db.annotation.create({
      data: {
        workspaceId: ws.workspace.id,
        articleId: article.id,
        versionId: version.id,
        start: 20,
        end: 25,
        exact: version.text.slice(20, 25),
        prefix: version.text.slice(0, 20),
        suffix: version.text.slice(25, 57),
        authorId: editor.userId,
      },
    });
    await db.claimAppearance.create({
      data: { workspaceId: ws.workspace.id, claimId: once.id, annotationId: passage.id, createdById: editor.userId },
    });
    const never = await createClaimRecord(editor);
    await createVerdictRecord(editor, never.id, { status: "SUBMITTED" });
    const items = (await findReviewQueue(ws.actors.REVIEWER)).items;
    const byClaim = new Map(items.map((i) => [i.claim.id, i]));
    expect(byClaim.get(claim.id)!.appearances).toHaveLength(5);
    expect(byClaim.get(claim.id)!.moreAppearances).toBe(2);
    expect(byClaim.get(once.id)!.appearances).toHaveLength(1);
    expect(byClaim.get(once.id)!.moreAppearances).toBe(0);
    expect(byClaim.get(never.id)!.appearances).toEqual([]);
    expect(byClaim.get(never.id)!.moreAppearances).toBe(0);
  });

  it("shows the current revision's evidence and the earlier reviews of each waiting verdict", async () => {
    const ws = await createWorkspaceWithMembers();
    const editor = ws.actors.EDITOR;
    const claim = await createClaimRecord(editor);
    const verdict = await createVerdictRecord(editor, claim.id, { status: "SUBMITTED" });
    const revision = await db.verdictRevision.findFirstOrThrow({ where: { verdictId: verdict.id } });
    for (const [i, url] of ["https://example.org/first", "https://example.org/second"].entries())
      await db.evidence.create({
        data: {
          workspaceId: ws.workspace.id,
          revisionId: revision.id,
          url,
          title: `Source ${i + 1}`,
          createdAt: new Date(ORIGIN + i * 60_000),
        },
      });
    await db.review.create({
      data: {
        workspaceId: ws.workspace.id,
        verdictId: verdict.id,
        revisionId: revision.id,
        reviewerId: ws.users.REVIEWER.id,
        decision: "REQUEST_CHANGES",
        reason: "Cite the report itself.",
      },
    });
    const [item] = (await findReviewQueue(ws.actors.REVIEWER)).items;
    expect(item!.verdict.revisions[0]!.evidence.map((e) => e.url)).toEqual([
      "https://example.org/first",
      "https://example.org/second",
    ]);
    expect(item!.verdict.reviews).toMatchObject([{ decision: "REQUEST_CHANGES", reason: "Cite the report itself." }]);
  });
});

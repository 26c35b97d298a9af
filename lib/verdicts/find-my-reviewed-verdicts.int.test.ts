/** "What reviewers said about your verdicts" pages (it stopped at the newest 50 without saying so). */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClaimRecord, createVerdictRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { findMyReviewedVerdicts, MY_REVIEWED_VERDICTS_COUNT_CAP } from "@/lib/verdicts/find-my-reviewed-verdicts";
import { ForbiddenError } from "@/lib/errors";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import type { Actor } from "@/lib/policy/actor";

const ORIGIN = Date.parse("2025-03-01T08:00:00Z");

/** A review of the verdict's first revision, as a reviewer's decision leaves it. */
async function review(reviewer: Actor, verdictId: string) {
  const revision = await db.verdictRevision.findFirstOrThrow({ where: { verdictId }, select: { id: true } });
  await db.review.create({
    data: {
      workspaceId: reviewer.workspaceId,
      verdictId,
      revisionId: revision.id,
      reviewerId: reviewer.userId,
      decision: "REJECT",
      reason: "The source says otherwise.",
    },
  });
}

/** 7 reviewed verdicts by the editor (three changed in the same millisecond); unreviewed ones and others' beside them. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const reviewed: { id: string; updatedAt: Date }[] = [];
  for (let i = 0; i < 7; i++) {
    const claim = await createClaimRecord(ws.actors.EDITOR);
    const updatedAt = new Date(ORIGIN + (i < 3 ? 0 : (i * 5) % 7) * 60_000);
    const verdict = await createVerdictRecord(ws.actors.EDITOR, claim.id, { status: "REJECTED", updatedAt });
    await review(ws.actors.REVIEWER, verdict.id);
    reviewed.push({ id: verdict.id, updatedAt });
    await createVerdictRecord(ws.actors.EDITOR, claim.id, { status: "DRAFT" });
    const others = await createVerdictRecord(ws.actors.ADMIN, claim.id, { status: "REJECTED" });
    await review(ws.actors.REVIEWER, others.id);
  }
  const lastChangedFirst = [...reviewed]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((r) => r.id);
  return { ws, lastChangedFirst };
}

const ids = (page: { items: { verdict: { id: string } }[] }) => page.items.map((i) => i.verdict.id);

describe("my reviewed verdicts page", () => {
  it("first, next and last page: every reviewed verdict of the actor once, the last changed first, with the total", async () => {
    const { ws, lastChangedFirst } = await world();
    const editor = ws.actors.EDITOR;
    const first = await findMyReviewedVerdicts(editor, { pageSize: 3 });
    expect(first).toMatchObject({ total: 7, capped: false, previousCursor: null });
    expect(ids(first)).toEqual(lastChangedFirst.slice(0, 3));
    expect(first.items[0]).toMatchObject({
      claim: { id: expect.any(String), statement: expect.any(String) },
      verdict: { status: "REJECTED", reviews: [{ decision: "REJECT", reason: "The source says otherwise." }] },
    });
    const second = await findMyReviewedVerdicts(editor, { pageSize: 3, cursor: first.nextCursor! });
    expect(ids(second)).toEqual(lastChangedFirst.slice(3, 6));
    const last = await findMyReviewedVerdicts(editor, { pageSize: 3, cursor: second.nextCursor! });
    expect(ids(last)).toEqual(lastChangedFirst.slice(6));
    expect(last.nextCursor).toBeNull();
    const back = await findMyReviewedVerdicts(editor, { pageSize: 3, cursor: last.previousCursor! });
    expect(ids(back)).toEqual(lastChangedFirst.slice(3, 6));

    const walked = await walkPages((cursor) => findMyReviewedVerdicts(editor, { pageSize: 2, cursor }));
    expect(walked.items.map((i) => i.verdict.id)).toEqual(lastChangedFirst);
  });

  it("shows nothing of other authors or workspaces, is for editors and up, and refuses a forged cursor", async () => {
    const { ws } = await world();
    const outsider = await createWorkspaceWithMembers();
    expect(await findMyReviewedVerdicts(outsider.actors.EDITOR)).toEqual({
      items: [],
      total: 0,
      capped: false,
      nextCursor: null,
      previousCursor: null,
    });
    expect((await findMyReviewedVerdicts(ws.actors.REVIEWER)).total).toBe(0);
    await expect(findMyReviewedVerdicts(ws.actors.VIEWER)).rejects.toThrow(ForbiddenError);
    await expect(
      findMyReviewedVerdicts(ws.actors.EDITOR, {
        pageSize: 3,
        cursor: Buffer.from('["2025-03-01T08:00:00.000Z"]').toString("base64url"),
      }),
    ).rejects.toThrow(InvalidCursorError);
  });

  it("counts exactly up to the cap and says 'more than' beyond it (an editor's history grows with every verdict)", async () => {
    const ws = await createWorkspaceWithMembers();
    const editor = ws.actors.EDITOR;
    const claim = await createClaimRecord(editor);
    const reviewOne = async () =>
      review(ws.actors.REVIEWER, (await createVerdictRecord(editor, claim.id, { status: "REJECTED" })).id);
    for (let i = 0; i < MY_REVIEWED_VERDICTS_COUNT_CAP; i++) await reviewOne();
    expect(await findMyReviewedVerdicts(editor)).toMatchObject({
      total: MY_REVIEWED_VERDICTS_COUNT_CAP,
      capped: false,
    });
    await reviewOne();
    const over = await findMyReviewedVerdicts(editor);
    expect(over).toMatchObject({ total: MY_REVIEWED_VERDICTS_COUNT_CAP, capped: true });
    expect(over.items).toHaveLength(20);
  });
});

/** /api/v1 review queue and the token person's reviewed verdicts over HTTP: the review page's two lists, paged like the API's other lists. */
import { describe, expect, it } from "vitest";
import { GET as listReviewQueue } from "@/app/api/v1/review-queue/route";
import { GET as listReviewed } from "@/app/api/v1/me/reviewed-verdicts/route";
import { db } from "@/lib/db/client";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import {
  createArticle,
  createClaimRecord,
  createVerdictRecord,
  createWorkspaceWithMembers,
  type TestWorkspace,
} from "@/prisma/factories";
import { claimWithVerdict } from "@/test/support/report-world";
import { call, expectProblem, tokenFor, type ApiResponse } from "@/test/support/api-calls";

const T0 = Date.parse("2025-03-01T08:00:00.000Z");
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const TEXT = "Officials said at least 12 people were hurt in the flood on Monday.\n\nThe mayor said the old dam held.";
const PHRASE = "at least 12 people were hurt";
/** what the passage says after the new version: the appearance follows it */
const CHANGED = "at least 15 people were hurt";
const FORGED = Buffer.from(JSON.stringify(["2025-03-01T08:00:00.000Z"])).toString("base64url");

/**
 * Six verdicts waiting in the owner's workspace, submitted a minute apart:
 * four by the editor (two on claims assigned to the token's person, the
 * owner's admin who makes the tokens), one by the admin itself, and last one
 * whose passage a new article version changed (an appearance warning).
 * Drafts and approved verdicts beside them; one waiting in another workspace.
 */
async function queueWorld() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const tokenPerson = owner.users.ADMIN.id;
  const waiting: string[] = [];
  const assigned: string[] = [];
  for (let i = 0; i < 4; i++) {
    const mine = i % 2 === 1;
    const claim = await createClaimRecord(owner.actors.EDITOR, { assignedReviewerId: mine ? tokenPerson : null });
    const { id } = await createVerdictRecord(owner.actors.EDITOR, claim.id, { status: "SUBMITTED", updatedAt: at(i) });
    waiting.push(id);
    if (mine) assigned.push(id);
    await createVerdictRecord(owner.actors.EDITOR, claim.id, { status: i % 2 ? "DRAFT" : "APPROVED" });
  }
  const ownClaim = await createClaimRecord(owner.actors.EDITOR);
  const own = await createVerdictRecord(owner.actors.ADMIN, ownClaim.id, { status: "SUBMITTED", updatedAt: at(4) });
  waiting.push(own.id);

  const article = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const warned = await claimWithVerdict(owner, article, PHRASE, "SUBMITTED");
  await importArticleVersion(owner.actors.EDITOR, article.article.id, TEXT.replace(PHRASE, CHANGED));
  await db.verdict.update({ where: { id: warned.verdict!.id }, data: { updatedAt: at(5) } });
  waiting.push(warned.verdict!.id);

  const outsiderClaim = await createClaimRecord(outsider.actors.EDITOR);
  const outsiders = await createVerdictRecord(outsider.actors.EDITOR, outsiderClaim.id, { status: "SUBMITTED" });
  return {
    owner,
    waiting,
    assigned,
    own: own.id,
    warned: { ...warned, article },
    outsiderVerdict: outsiders.id,
    tokens: {
      reviewer: await tokenFor(owner, "REVIEWER"),
      editor: await tokenFor(owner, "EDITOR"),
      viewer: await tokenFor(owner, "VIEWER"),
      outsider: await tokenFor(outsider, "ADMIN"),
    },
  };
}

const ids = (response: ApiResponse): string[] =>
  response.body.items.map((i: { verdict: { id: string } }) => i.verdict.id);
const queue = (token: string, query: Record<string, string> = {}) =>
  call(listReviewQueue, "GET", "/review-queue", { token, query });

describe("GET /api/v1/review-queue", () => {
  it("pages the waiting verdicts, waiting longest first, with Link headers both ways and the page's items", async () => {
    const w = await queueWorld();
    const first = await queue(w.tokens.reviewer, { limit: "2" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(ids(first)).toEqual(w.waiting.slice(0, 2));
    expect(first.body.previousCursor).toBeNull();
    expect(first.headers.get("Link")).toBe(
      `</api/v1/review-queue?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}>; rel="next"`,
    );
    const second = await queue(w.tokens.reviewer, { limit: "2", cursor: first.body.nextCursor });
    expect(ids(second)).toEqual(w.waiting.slice(2, 4));
    expect(second.headers.get("Link")).toMatch(/rel="prev", <[^>]+>; rel="next"$/);
    const third = await queue(w.tokens.reviewer, { limit: "2", cursor: second.body.nextCursor });
    expect(ids(third)).toEqual(w.waiting.slice(4));
    expect(third.body.nextCursor).toBeNull();
    expect(ids(await queue(w.tokens.reviewer, { limit: "2", cursor: third.body.previousCursor }))).toEqual(
      w.waiting.slice(2, 4),
    );

    expect(first.body.items[0]).toEqual({
      verdict: expect.objectContaining({ id: w.waiting[0], status: "SUBMITTED", lockVersion: expect.any(Number) }),
      claim: { id: expect.any(String), statement: expect.any(String), claimant: null },
      appearances: [],
      moreAppearances: 0,
      warnings: [],
      isOwn: false,
      assignedToActor: false,
    });
    expect(first.body.items[1]).toMatchObject({ isOwn: false, assignedToActor: true });
    expect(third.body.items[0]).toMatchObject({ verdict: { id: w.own }, isOwn: true });
    expect(third.body.items[1]).toMatchObject({
      claim: { id: w.warned.claim.id, claimant: "Officials" },
      appearances: [
        { articleId: w.warned.article.article.id, articleTitle: w.warned.article.article.title, exact: CHANGED },
      ],
      moreAppearances: 0,
      warnings: [
        {
          kind: "changed",
          annotationId: w.warned.annotation.id,
          articleId: w.warned.article.article.id,
          exact: CHANGED,
          summary: expect.any(String),
        },
      ],
    });
  });

  it("sorts newest first and keeps 'assigned: me' (and the sort) on every page", async () => {
    const w = await queueWorld();
    expect(ids(await queue(w.tokens.reviewer, { sort: "newest" }))).toEqual([...w.waiting].reverse());
    const first = await queue(w.tokens.reviewer, { assigned: "me", sort: "newest", limit: "1" });
    expect(ids(first)).toEqual([w.assigned[1]]);
    expect(first.headers.get("Link")).toContain("assigned=me&sort=newest&limit=1&cursor=");
    const second = await queue(w.tokens.reviewer, {
      assigned: "me",
      sort: "newest",
      limit: "1",
      cursor: first.body.nextCursor,
    });
    expect(ids(second)).toEqual([w.assigned[0]]);
    expect(second.body.nextCursor).toBeNull();
    expect(second.body.items[0].assignedToActor).toBe(true);
    // the editor's token acts as the same person: the filter is about the person, not the token's role
    expect(ids(await queue(w.tokens.editor, { assigned: "me" }))).toEqual(w.assigned);
  });

  it("refuses a forged cursor and unknown sorts or filters (400), viewers (403) and a request without a token (401)", async () => {
    const w = await queueWorld();
    expectProblem(await queue(w.tokens.reviewer, { cursor: FORGED }), 400);
    expectProblem(await queue(w.tokens.reviewer, { sort: "random" }), 400);
    expectProblem(await queue(w.tokens.reviewer, { assigned: "someone" }), 400);
    expectProblem(await queue(w.tokens.reviewer, { limit: "0" }), 400);
    expectProblem(await queue(w.tokens.viewer), 403);
    expectProblem(await call(listReviewQueue, "GET", "/review-queue"), 401);
  });

  it("shows another workspace's token its own queue only, even with the owner's cursor", async () => {
    const w = await queueWorld();
    expect(ids(await queue(w.tokens.outsider))).toEqual([w.outsiderVerdict]);
    const ownerCursor = (await queue(w.tokens.reviewer, { limit: "1", sort: "newest" })).body.nextCursor;
    const withIt = await queue(w.tokens.outsider, { sort: "newest", cursor: ownerCursor });
    expect(withIt.status).toBe(200);
    expect(ids(withIt).filter((id) => w.waiting.includes(id))).toEqual([]);
    expect(ids(await queue(w.tokens.reviewer, { limit: "100" }))).not.toContain(w.outsiderVerdict);
  });
});

/** A verdict by `author` on a fresh claim, submitted, then reviewed by the workspace's reviewer; its last change at `minute`. */
async function reviewedVerdictOf(ws: TestWorkspace, author: "ADMIN" | "EDITOR", minute: number, approve: boolean) {
  const claim = await createClaimRecord(ws.actors.EDITOR);
  const { id } = await createVerdict(
    ws.actors[author],
    CreateVerdictInputSchema.parse({
      claimId: claim.id,
      ratingKey: "MOSTLY_ACCURATE",
      summary: "No record of it.",
      evidence: [],
    }),
  );
  await submitVerdict(ws.actors[author], { verdictId: id, lockVersion: 1 });
  await reviewVerdict(
    ws.actors.REVIEWER,
    ReviewVerdictInputSchema.parse(
      approve
        ? { verdictId: id, lockVersion: 2, decision: "APPROVE" }
        : { verdictId: id, lockVersion: 2, decision: "REQUEST_CHANGES", reason: "Cite the registry itself." },
    ),
  );
  await db.verdict.update({ where: { id }, data: { updatedAt: at(minute) } });
  return { id, claimId: claim.id };
}

describe("GET /api/v1/me/reviewed-verdicts", () => {
  async function reviewedWorld() {
    const owner = await createWorkspaceWithMembers();
    const outsider = await createWorkspaceWithMembers();
    // the token's person is the owner's admin: three of theirs reviewed, the editor's and an unreviewed one not listed
    const mine = [
      await reviewedVerdictOf(owner, "ADMIN", 0, true),
      await reviewedVerdictOf(owner, "ADMIN", 2, false),
      await reviewedVerdictOf(owner, "ADMIN", 1, true),
    ];
    await reviewedVerdictOf(owner, "EDITOR", 3, true);
    await createVerdictRecord(owner.actors.ADMIN, (await createClaimRecord(owner.actors.ADMIN)).id, {
      status: "SUBMITTED",
    });
    await reviewedVerdictOf(outsider, "ADMIN", 4, true);
    return {
      lastChangedFirst: [mine[1]!, mine[2]!, mine[0]!],
      tokens: {
        editor: await tokenFor(owner, "EDITOR"),
        viewer: await tokenFor(owner, "VIEWER"),
        outsider: await tokenFor(outsider, "ADMIN"),
      },
    };
  }
  const reviewed = (token: string, query: Record<string, string> = {}) =>
    call(listReviewed, "GET", "/me/reviewed-verdicts", { token, query });

  it("pages the token person's reviewed verdicts, the last changed first, with the total on every page", async () => {
    const w = await reviewedWorld();
    const first = await reviewed(w.tokens.editor, { limit: "2" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(ids(first)).toEqual(w.lastChangedFirst.slice(0, 2).map((v) => v.id));
    expect(first.body).toMatchObject({ total: 3, capped: false, previousCursor: null });
    expect(first.headers.get("Link")).toMatch(/^<\/api\/v1\/me\/reviewed-verdicts\?limit=2&cursor=[^>]+>; rel="next"$/);
    expect(first.body.items[0]).toEqual({
      verdict: expect.objectContaining({
        id: w.lastChangedFirst[0]!.id,
        status: "CHANGES_REQUESTED",
        reviews: [expect.objectContaining({ decision: "REQUEST_CHANGES", reason: "Cite the registry itself." })],
      }),
      claim: { id: w.lastChangedFirst[0]!.claimId, statement: expect.any(String) },
    });
    const second = await reviewed(w.tokens.editor, { limit: "2", cursor: first.body.nextCursor });
    expect(ids(second)).toEqual([w.lastChangedFirst[2]!.id]);
    expect(second.body).toMatchObject({ total: 3, capped: false, nextCursor: null });
    expect(second.headers.get("Link")).toMatch(/rel="prev"$/);
  });

  it("refuses a forged cursor (400) and viewers (403); another workspace's token sees its own person's only", async () => {
    const w = await reviewedWorld();
    expectProblem(await reviewed(w.tokens.editor, { cursor: FORGED }), 400);
    expectProblem(await reviewed(w.tokens.viewer), 403);
    const outsiders = await reviewed(w.tokens.outsider, { limit: "100" });
    expect(outsiders.body.total).toBe(1);
    expect(ids(outsiders).filter((id) => w.lastChangedFirst.some((v) => v.id === id))).toEqual([]);
  });
});

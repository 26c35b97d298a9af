/** /api/v1 claims and verdicts over HTTP: the verdict workflow end to end, visibility by role, and the authorization matrix. */
import { describe, expect, it } from "vitest";
import { GET as listClaims, POST as postClaim } from "@/app/api/v1/claims/route";
import { GET as getClaim } from "@/app/api/v1/claims/[claimId]/route";
import { GET as listVerdicts } from "@/app/api/v1/claims/[claimId]/verdicts/route";
import { POST as postVerdict } from "@/app/api/v1/verdicts/route";
import { GET as getVerdict } from "@/app/api/v1/verdicts/[verdictId]/route";
import { POST as submitVerdict } from "@/app/api/v1/verdicts/[verdictId]/submit/route";
import { POST as reviewVerdict } from "@/app/api/v1/verdicts/[verdictId]/review/route";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem, tokenFor, tokenOfAnotherAdmin } from "@/test/support/api-calls";

const TEXT = "Officials said at least 12 people were killed on Tuesday.";
const PHRASE = "at least 12 people were killed";
const VERDICT = {
  ratingKey: "MOSTLY_ACCURATE",
  summary: "The police report confirms twelve deaths.",
  evidence: [{ url: "https://police.example.test/report", title: "Police report", accessedAt: "2024-05-02" }],
};

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const { version, article } = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const start = TEXT.indexOf(PHRASE);
  const annotation = await createAnnotation(owner.actors.EDITOR, {
    articleId: article.id,
    versionId: version.id,
    start,
    end: start + PHRASE.length,
    exact: PHRASE,
    kind: "NOTE",
    body: "",
    tags: [],
  });
  const tokens = {
    editor: await tokenFor(owner, "EDITOR"),
    viewer: await tokenFor(owner, "VIEWER"),
    reviewer: await tokenOfAnotherAdmin(owner, "REVIEWER"),
    outsider: await tokenFor(outsider, "ADMIN"),
  };
  return { owner, outsider, annotation, tokens };
}

const claimBody = (annotationId: string) => ({
  annotationId,
  statement: "At least 12 people were killed",
  claimant: "Officials",
  claimDate: "2024-05-01",
  metric: "killed",
  valueLow: 12,
  qualifier: "AT_LEAST",
});

describe("claims", () => {
  it("create (201), get with appearances, list by cursor", async () => {
    const w = await world();
    const created = await call(postClaim, "POST", "/claims", {
      token: w.tokens.editor,
      body: claimBody(w.annotation.id),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers.get("Location")).toBe(`/api/v1/claims/${created.body.id}`);
    expect(created.body).toMatchObject({
      statement: "At least 12 people were killed",
      claimDate: "2024-05-01T00:00:00.000Z",
      value: { metric: "killed", valueLow: 12, valueHigh: 12, qualifier: "AT_LEAST" },
      appearances: [{ annotationId: w.annotation.id, exact: PHRASE }],
      verdicts: [],
    });
    const claimId = created.body.id;
    expect(
      (await call(getClaim, "GET", `/claims/${claimId}`, { token: w.tokens.viewer, params: { claimId } })).body.id,
    ).toBe(claimId);
    const list = await call(listClaims, "GET", "/claims", { token: w.tokens.viewer });
    expect(list.body).toEqual({
      items: [expect.objectContaining({ id: claimId, claimant: "Officials" })],
      nextCursor: null,
      previousCursor: null,
    });
  });

  it("bad fields: 400 with pointers; an annotation of another workspace: 404", async () => {
    const w = await world();
    const bad = await call(postClaim, "POST", "/claims", {
      token: w.tokens.editor,
      body: { annotationId: w.annotation.id, statement: "x", claimDate: "2024-13-45" },
    });
    expectProblem(bad, 400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/claimDate", "/statement"]);
    expectProblem(
      await call(postClaim, "POST", "/claims", { token: w.tokens.outsider, body: claimBody(w.annotation.id) }),
      404,
    );
  });

  it("viewer 403 and outsider 404, nothing changes", async () => {
    const w = await world();
    const claimId = (
      await call(postClaim, "POST", "/claims", { token: w.tokens.editor, body: claimBody(w.annotation.id) })
    ).body.id;
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    expectProblem(
      await call(postClaim, "POST", "/claims", { token: w.tokens.viewer, body: claimBody(w.annotation.id) }),
      403,
    );
    expectProblem(
      await call(getClaim, "GET", `/claims/${claimId}`, { token: w.tokens.outsider, params: { claimId } }),
      404,
    );
    expect((await call(listClaims, "GET", "/claims", { token: w.tokens.outsider })).body.items).toEqual([]);
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
  });
});

describe("verdicts", () => {
  async function claimWithDraft() {
    const w = await world();
    const claimId = (
      await call(postClaim, "POST", "/claims", { token: w.tokens.editor, body: claimBody(w.annotation.id) })
    ).body.id as string;
    const draft = await call(postVerdict, "POST", "/verdicts", {
      token: w.tokens.editor,
      body: { claimId, ...VERDICT },
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    return { ...w, claimId, verdictId: draft.body.id as string, draft };
  }
  const step = (handler: typeof submitVerdict, verdictId: string, token: string, body: object) =>
    call(handler, "POST", `/verdicts/${verdictId}/x`, { token, params: { verdictId }, body });

  it("draft → submit → approved by another person; viewers see it only once approved", async () => {
    const w = await claimWithDraft();
    expect(w.draft.headers.get("Location")).toBe(`/api/v1/verdicts/${w.verdictId}`);
    expect(w.draft.body).toMatchObject({
      status: "DRAFT",
      lockVersion: 1,
      revisions: [
        {
          number: 1,
          ratingKey: "MOSTLY_ACCURATE",
          evidence: [{ title: "Police report", accessedAt: "2024-05-02T00:00:00.000Z" }],
        },
      ],
    });
    expectProblem(
      await call(getVerdict, "GET", `/verdicts/${w.verdictId}`, {
        token: w.tokens.viewer,
        params: { verdictId: w.verdictId },
      }),
      404,
    );
    expect(
      (
        await call(listVerdicts, "GET", `/claims/${w.claimId}/verdicts`, {
          token: w.tokens.viewer,
          params: { claimId: w.claimId },
        })
      ).body.items,
    ).toEqual([]);

    const submitted = await step(submitVerdict, w.verdictId, w.tokens.editor, { lockVersion: 1 });
    expect(submitted.body).toMatchObject({ status: "SUBMITTED", lockVersion: 2 });
    expectProblem(await step(submitVerdict, w.verdictId, w.tokens.editor, { lockVersion: 1 }), 409);

    // four-eyes: the token's creator wrote it, so that creator's tokens cannot review it
    const selfReview = await step(reviewVerdict, w.verdictId, await tokenFor(w.owner, "ADMIN"), {
      lockVersion: 2,
      decision: "APPROVE",
    });
    expectProblem(selfReview, 403);
    expectProblem(
      await step(reviewVerdict, w.verdictId, w.tokens.reviewer, { lockVersion: 2, decision: "REJECT" }),
      409,
    );
    const approved = await step(reviewVerdict, w.verdictId, w.tokens.reviewer, { lockVersion: 2, decision: "APPROVE" });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: "APPROVED", reviews: [{ decision: "APPROVE", revisionNumber: 1 }] });

    const seen = await call(listVerdicts, "GET", `/claims/${w.claimId}/verdicts`, {
      token: w.tokens.viewer,
      params: { claimId: w.claimId },
    });
    expect(seen.body.items.map((v: { id: string }) => v.id)).toEqual([w.verdictId]);
    expect(
      (await call(getClaim, "GET", `/claims/${w.claimId}`, { token: w.tokens.viewer, params: { claimId: w.claimId } }))
        .body.verdicts,
    ).toHaveLength(1);
  });

  it("pages a claim's verdicts by cursor", async () => {
    const w = await claimWithDraft();
    for (let i = 0; i < 2; i++)
      await call(postVerdict, "POST", "/verdicts", {
        token: w.tokens.editor,
        body: { claimId: w.claimId, ...VERDICT },
      });
    const first = await call(listVerdicts, "GET", `/claims/${w.claimId}/verdicts`, {
      token: w.tokens.editor,
      params: { claimId: w.claimId },
      query: { limit: "2" },
    });
    const second = await call(listVerdicts, "GET", `/claims/${w.claimId}/verdicts`, {
      token: w.tokens.editor,
      params: { claimId: w.claimId },
      query: { limit: "2", cursor: first.body.nextCursor },
    });
    const ids = [...first.body.items, ...second.body.items].map((v: { id: string }) => v.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.at(-1)).toBe(w.verdictId);
    expect(second.body.nextCursor).toBeNull();
  });

  it("an unknown rating is 422; a missing summary 400; a viewer 403; an outsider 404 — nothing changes", async () => {
    const w = await claimWithDraft();
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    expectProblem(
      await call(postVerdict, "POST", "/verdicts", {
        token: w.tokens.editor,
        body: { claimId: w.claimId, ...VERDICT, ratingKey: "PANTS_ON_FIRE" },
      }),
      422,
    );
    expectProblem(
      await call(postVerdict, "POST", "/verdicts", {
        token: w.tokens.editor,
        body: { claimId: w.claimId, ratingKey: "FALSE" },
      }),
      400,
    );
    expectProblem(
      await call(postVerdict, "POST", "/verdicts", {
        token: w.tokens.viewer,
        body: { claimId: w.claimId, ...VERDICT },
      }),
      403,
    );
    expectProblem(await step(submitVerdict, w.verdictId, w.tokens.viewer, { lockVersion: 1 }), 403);
    expectProblem(
      await call(postVerdict, "POST", "/verdicts", {
        token: w.tokens.outsider,
        body: { claimId: w.claimId, ...VERDICT },
      }),
      404,
    );
    expectProblem(await step(submitVerdict, w.verdictId, w.tokens.outsider, { lockVersion: 1 }), 404);
    expectProblem(
      await step(reviewVerdict, w.verdictId, w.tokens.outsider, { lockVersion: 1, decision: "APPROVE" }),
      404,
    );
    expectProblem(
      await call(getVerdict, "GET", `/verdicts/${w.verdictId}`, {
        token: w.tokens.outsider,
        params: { verdictId: w.verdictId },
      }),
      404,
    );
    expectProblem(
      await call(listVerdicts, "GET", `/claims/${w.claimId}/verdicts`, {
        token: w.tokens.outsider,
        params: { claimId: w.claimId },
      }),
      404,
    );
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
  });
});

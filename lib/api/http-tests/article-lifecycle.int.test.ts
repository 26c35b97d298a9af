/**
 * /api/v1 articles after import, over HTTP: a new version that changes a
 * figure a published report shows (the claim warns, the report waits for a
 * correction, a reviewer writes it), what a new article says about checked
 * claims, and deleting / restoring articles and passages with the correction
 * notes the published record needs. Reports are made and published with the
 * use cases (the API does not publish).
 */
import { describe, expect, it } from "vitest";
import { GET as getClaim } from "@/app/api/v1/claims/[claimId]/route";
import { GET as getArticle, DELETE as deleteArticle } from "@/app/api/v1/articles/[articleId]/route";
import { GET as listDeleted } from "@/app/api/v1/articles/deleted/route";
import { POST as restore } from "@/app/api/v1/articles/[articleId]/restore/route";
import { POST as postVersion } from "@/app/api/v1/articles/[articleId]/versions/route";
import { GET as getFindings } from "@/app/api/v1/articles/[articleId]/findings/route";
import { DELETE as deleteAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { GET as listPending } from "@/app/api/v1/reports/[reportId]/pending-corrections/route";
import { POST as postCorrection } from "@/app/api/v1/reports/[reportId]/corrections/route";
import { POST as postVerdict } from "@/app/api/v1/verdicts/route";
import { POST as submitVerdict } from "@/app/api/v1/verdicts/[verdictId]/submit/route";
import { POST as reviewVerdict } from "@/app/api/v1/verdicts/[verdictId]/review/route";
import { createReport } from "@/lib/reports/create-report";
import { publishReport } from "@/lib/reports/publish-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem, tokenFor, tokenOfAnotherAdmin } from "@/test/support/api-calls";
import { createClaim, importText, markPassage, pointers } from "@/test/support/api-integrity-flow";

// Written for this test.
const TEXT =
  "At least 14 people were killed in the shelling of the market, the mayor said.\n\nRepairs will take a month.";
const FIGURE = "At least 14 people were killed in the shelling of the market";
const CHANGED = TEXT.replace("At least 14", "At least 19");

/** An article whose claim has an approved verdict and is shown by a published report. */
async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const tokens = {
    admin: await tokenFor(owner, "ADMIN"),
    editor: await tokenFor(owner, "EDITOR"),
    viewer: await tokenFor(owner, "VIEWER"),
    reviewer: await tokenOfAnotherAdmin(owner, "REVIEWER"),
    outsider: await tokenFor(outsider, "ADMIN"),
  };
  const article = await importText(tokens.editor, TEXT, { title: "Market shelling", publishedAt: "2024-06-04" });
  const passage = await markPassage(tokens.editor, article.id, FIGURE);
  const claimId = (await createClaim(tokens.editor, { annotationId: passage, statement: FIGURE })).body.id as string;
  const verdictId = (
    await call(postVerdict, "POST", "/verdicts", {
      token: tokens.editor,
      body: { claimId, ratingKey: "ACCURATE", summary: "The morgue's list has fourteen names." },
    })
  ).body.id as string;
  await call(submitVerdict, "POST", `/verdicts/${verdictId}/submit`, {
    token: tokens.editor,
    params: { verdictId },
    body: { lockVersion: 1 },
  });
  const approved = await call(reviewVerdict, "POST", `/verdicts/${verdictId}/review`, {
    token: tokens.reviewer,
    params: { verdictId },
    body: { lockVersion: 2, decision: "APPROVE" },
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  const report = await createReport(
    owner.actors.EDITOR,
    CreateReportInputSchema.parse({ title: "Shelling checks", scope: "CLAIMS", claimIds: [claimId] }),
  );
  await publishReport(owner.actors.REVIEWER, report.id);
  return { owner, outsider, tokens, article, passage, claimId, reportId: report.id };
}

const version = (token: string, articleId: string, text: string) =>
  call(postVersion, "POST", `/articles/${articleId}/versions`, {
    token,
    params: { articleId },
    body: text,
    contentType: "text/plain",
  });

describe("POST /articles/{id}/versions and the corrections it calls for", () => {
  it("a changed figure flags the claim and the published report; a reviewer writes the correction", async () => {
    const w = await world();
    const imported = await version(w.tokens.editor, w.article.id, CHANGED);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toEqual({
      created: true,
      versionNumber: 2,
      states: { TEXT_CHANGED: 1 },
      claims: { changed: 1, reportsFlagged: 1 },
    });
    expect((await version(w.tokens.editor, w.article.id, CHANGED)).body).toMatchObject({
      created: false,
      versionNumber: 2,
    });

    const appearance = (
      await call(getClaim, "GET", `/claims/${w.claimId}`, { token: w.tokens.viewer, params: { claimId: w.claimId } })
    ).body.appearances[0];
    expect(appearance).toMatchObject({
      changedAt: expect.any(String),
      change: {
        figures: [{ before: expect.stringContaining("14"), after: expect.stringContaining("19") }],
        versionNumber: 2,
      },
      warning: { kind: "changed" },
    });

    const pending = (token: string, reportId = w.reportId) =>
      call(listPending, "GET", `/reports/${reportId}/pending-corrections`, { token, params: { reportId } });
    const correct = (token: string, note: string, throughId?: string) =>
      call(postCorrection, "POST", `/reports/${w.reportId}/corrections`, {
        token,
        params: { reportId: w.reportId },
        body: { note, ...(throughId ? { throughId } : {}) },
      });
    const listed = (await pending(w.tokens.editor)).body;
    expect(listed).toEqual({
      items: [
        expect.objectContaining({
          reportId: w.reportId,
          reportTitle: "Shelling checks",
          claimId: w.claimId,
          reason: expect.any(String),
        }),
      ],
      total: 1,
      nextCursor: null,
      previousCursor: null,
    });
    expectProblem(await correct(w.tokens.reviewer, "The mayor's toll rose to nineteen.", "not-a-pending-id"), 409);
    expectProblem(await pending(w.tokens.viewer), 403);
    expectProblem(await pending(w.tokens.outsider), 404);
    expectProblem(await correct(w.tokens.editor, "The toll rose to nineteen."), 403);
    expect(pointers(await correct(w.tokens.reviewer, "Short"))).toEqual(["/note"]);
    const corrected = await correct(
      w.tokens.reviewer,
      "The mayor's toll rose to nineteen on 5 June.",
      listed.items[0].id,
    );
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
    expect(corrected.body).toEqual({ corrections: 1 });
    expect((await pending(w.tokens.editor)).body.items).toEqual([]);
    expectProblem(await correct(w.tokens.reviewer, "The mayor’s toll rose to nineteen on 5 June."), 409);
  });

  it("empty text 422, a viewer 403, an outsider 404: nothing changes", async () => {
    const w = await world();
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    expectProblem(await version(w.tokens.editor, w.article.id, "  \n "), 422);
    expectProblem(await version(w.tokens.viewer, w.article.id, CHANGED), 403);
    expectProblem(await version(w.tokens.outsider, w.article.id, CHANGED), 404);
    expectProblem(
      await call(postVersion, "POST", `/articles/${w.article.id}/versions`, {
        token: w.tokens.editor,
        params: { articleId: w.article.id },
        body: { content: "" },
      }),
      400,
    );
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
  });
});

describe("GET /articles/{id}/findings", () => {
  it("names the sentences that repeat a checked claim and the figures that disagree with one", async () => {
    const w = await world();
    const later = await importText(
      w.tokens.editor,
      "At least 14 people were killed in the shelling of the market, officials said.\n\nOnly 9 people were killed in the shelling of the market, a witness said.",
      { title: "Follow-up" },
    );
    const findings = await call(getFindings, "GET", `/articles/${later.id}/findings`, {
      token: w.tokens.editor,
      params: { articleId: later.id },
    });
    expect(findings.status, JSON.stringify(findings.body)).toBe(200);
    // the workspace's one checked claim was compared, and no more share the article's names and figures
    expect(findings.body).toMatchObject({ compared: 1, capped: false });
    expect(findings.body.repeats).toEqual([
      expect.objectContaining({ claimId: w.claimId, sentence: expect.stringContaining("At least 14") }),
    ]);
    expect(findings.body.disagreements).toEqual([
      expect.objectContaining({
        claimId: w.claimId,
        passageFigure: expect.stringContaining("9"),
        claimFigure: expect.stringContaining("14"),
      }),
    ]);
    expectProblem(
      await call(getFindings, "GET", `/articles/${later.id}/findings`, {
        token: w.tokens.viewer,
        params: { articleId: later.id },
      }),
      403,
    );
    expectProblem(
      await call(getFindings, "GET", `/articles/${later.id}/findings`, {
        token: w.tokens.outsider,
        params: { articleId: later.id },
      }),
      404,
    );
  });
});

describe("deleting and restoring", () => {
  it("an article a published report shows needs a correction note; admins list and restore it", async () => {
    const w = await world();
    const remove = (token: string, query: Record<string, string> = {}) =>
      call(deleteArticle, "DELETE", `/articles/${w.article.id}`, { token, params: { articleId: w.article.id }, query });
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    expectProblem(await remove(w.tokens.editor), 403);
    expectProblem(await remove(w.tokens.outsider, { correctionNote: "Withdrawn." }), 404);
    const refused = await remove(w.tokens.admin);
    expectProblem(refused, 422);
    expect(pointers(refused)).toEqual(["/correctionNote"]);
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);

    expect((await remove(w.tokens.admin, { correctionNote: "The outlet withdrew the story." })).status).toBe(204);
    expectProblem(
      await call(getArticle, "GET", `/articles/${w.article.id}`, {
        token: w.tokens.viewer,
        params: { articleId: w.article.id },
      }),
      404,
    );
    expectProblem(await call(listDeleted, "GET", "/articles/deleted", { token: w.tokens.editor }), 403);
    expect((await call(listDeleted, "GET", "/articles/deleted", { token: w.tokens.admin })).body.items).toEqual([
      expect.objectContaining({ id: w.article.id, title: "Market shelling", deletedAt: expect.any(String) }),
    ]);
    expect((await call(listDeleted, "GET", "/articles/deleted", { token: w.tokens.outsider })).body.items).toEqual([]);

    const act = (token: string) =>
      call(restore, "POST", `/articles/${w.article.id}/restore`, { token, params: { articleId: w.article.id } });
    expectProblem(await act(w.tokens.editor), 403);
    expectProblem(await act(w.tokens.outsider), 404);
    const restored = await act(w.tokens.admin);
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body).toMatchObject({ id: w.article.id, version: { number: 1, text: TEXT } });
    expectProblem(await act(w.tokens.admin), 404);
    expect(
      (await call(getClaim, "GET", `/claims/${w.claimId}`, { token: w.tokens.viewer, params: { claimId: w.claimId } }))
        .body.appearances,
    ).toHaveLength(1);
  });

  it("a passage a published report shows is deleted only with ?correctionNote=", async () => {
    const w = await world();
    const remove = (query: Record<string, string> = {}) =>
      call(deleteAnnotation, "DELETE", `/annotations/${w.passage}`, {
        token: w.tokens.admin,
        params: { annotationId: w.passage },
        query,
      });
    const refused = await remove();
    expectProblem(refused, 422);
    expect(pointers(refused)).toEqual(["/correctionNote"]);
    expect((await remove({ correctionNote: "The passage was marked by mistake." })).status).toBe(204);
    expect(
      (await call(getClaim, "GET", `/claims/${w.claimId}`, { token: w.tokens.viewer, params: { claimId: w.claimId } }))
        .body.appearances,
    ).toEqual([]);
  });
});

/**
 * The ClaimReview preflight of a report before publishing, and the fix in
 * place: what each approved fact-check's markup lacks, and the use case that
 * fills it (editors and up, audited, a correction once published).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { createReport } from "@/lib/reports/create-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { publishReport } from "@/lib/reports/publish-report";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { preflightReport } from "@/lib/publishing/claim-review-preflight";
import { loadPublicFactCheck } from "@/lib/publishing/load-public-fact-check";
import { validateClaimReview } from "@/lib/exports/claim-review";
import { updateClaimReviewFields } from "@/lib/claims/update-claim-review-fields";
import { UpdateClaimReviewFieldsInputSchema } from "@/lib/claims/claim-review-fields-schemas";
import { GET } from "@/app/api/v1/reports/[reportId]/preflight/route";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";

const LONG =
  "The regional administration said that at least twelve people were killed in the blast at the depot on Tuesday";
const TEXT = `Officials said at least 12 people were killed on Tuesday.\n\n${LONG}.\n\nThe mayor promised 40 million euros.`;

async function world() {
  const ws = await createWorkspaceWithMembers();
  // an article without its own address: no appearance URL for ClaimReview
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT, url: null as unknown as string });
  await db.article.update({ where: { id: article.article.id }, data: { url: null } });
  const complete = await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
  const long = await claimWithVerdict(ws, article, LONG, "APPROVED", { statement: LONG });
  const draft = await claimWithVerdict(ws, article, "40 million euros", "DRAFT");
  await db.claim.update({ where: { id: long.claim.id }, data: { claimant: null, claimDate: null } });
  await db.claim.update({
    where: { id: complete.claim.id },
    data: { firstAppearanceUrl: "https://social.example.test/post/1" },
  });
  const report = await articleReport(ws, article);
  return { ws, article, complete, long, draft, report };
}

const fields = (
  claimId: string,
  values: Partial<
    Record<"shortStatement" | "claimant" | "claimDate" | "firstAppearanceUrl" | "correctionNote", string>
  >,
) =>
  UpdateClaimReviewFieldsInputSchema.parse({
    claimId,
    shortStatement: "",
    claimant: "",
    claimDate: "",
    firstAppearanceUrl: "",
    ...values,
  });

describe("ClaimReview preflight", () => {
  it("lists per approved fact-check what is missing or weak, and nothing once fixed in place", async () => {
    const { ws, complete, long, report } = await world();
    const found = await preflightReport(ws.actors.EDITOR, report.id);
    expect(found).toMatchObject({ checked: 2, errorCount: 0, truncated: false });
    // the complete claim lacks only the appearance URL (its article has none); the first appearance it names
    const byClaim = new Map(found.items.map((i) => [i.claimId, i]));
    expect(byClaim.get(complete.claim.id)!.warnings.map((w) => w.code)).toEqual(["NO_APPEARANCE_URL"]);
    expect(byClaim.get(long.claim.id)!.warnings.map((w) => w.code)).toEqual([
      "CLAIM_REVIEWED_TOO_LONG",
      "NO_CLAIMANT",
      "NO_CLAIM_DATE",
      "NO_APPEARANCE_URL",
      "NO_FIRST_APPEARANCE",
    ]);
    expect(found.warningCount).toBe(6);

    await updateClaimReviewFields(
      ws.actors.EDITOR,
      fields(long.claim.id, {
        shortStatement: "At least 12 killed in depot blast",
        claimant: "Regional administration",
        claimDate: "2026-11-03",
        firstAppearanceUrl: "https://social.example.test/post/2",
      }),
    );
    const after = await preflightReport(ws.actors.EDITOR, report.id);
    expect(new Map(after.items.map((i) => [i.claimId, i.warnings.map((w) => w.code)])).get(long.claim.id)).toEqual([
      "NO_APPEARANCE_URL",
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: long.claim.id, action: "claim.review_fields_updated" },
    });
    expect(audit).toMatchObject({
      actorId: ws.actors.EDITOR.userId,
      before: { shortStatement: null, claimant: null },
      after: { shortStatement: "At least 12 killed in depot blast", claimant: "Regional administration" },
    });

    // published: the page's ClaimReview passes the checker with 0 errors and carries the fixes
    await publishReport(ws.actors.REVIEWER, report.id);
    const page = await loadPublicFactCheck(ws.workspace.slug, long.claim.id);
    expect(validateClaimReview(page.claimReview)).toMatchObject({ valid: true, missingRequired: [] });
    expect(page.claimReview).toMatchObject({
      claimReviewed: "At least 12 killed in depot blast",
      itemReviewed: {
        author: { name: "Regional administration" },
        firstAppearance: { url: "https://social.example.test/post/2" },
      },
    });
  });

  it("is for editors and up; another workspace's report is NotFound; an empty report has nothing to fix", async () => {
    const { ws, draft, report } = await world();
    await expect(preflightReport(ws.actors.VIEWER, report.id)).rejects.toThrow(ForbiddenError);
    const other = await createWorkspaceWithMembers();
    await expect(preflightReport(other.actors.EDITOR, report.id)).rejects.toThrow(NotFoundError);
    // a draft is not in the published output: nothing to check
    const drafts = await createReport(
      ws.actors.EDITOR,
      CreateReportInputSchema.parse({ title: "Drafts", scope: "CLAIMS", claimIds: [draft.claim.id] }),
    );
    expect(await preflightReport(ws.actors.EDITOR, drafts.id)).toMatchObject({
      checked: 0,
      errorCount: 0,
      warningCount: 0,
      items: [],
    });
  });

  it("the fix: editors and up only, validated, and a correction (with a note) once a published report shows the claim", async () => {
    const { ws, long, report } = await world();
    await expectRefusedWithoutChange(
      [ws.workspace.id],
      () => updateClaimReviewFields(ws.actors.VIEWER, fields(long.claim.id, { claimant: "X" })),
      ForbiddenError,
    );
    expect(
      UpdateClaimReviewFieldsInputSchema.safeParse({ claimId: long.claim.id, shortStatement: "x".repeat(76) }).success,
    ).toBe(false);
    expect(
      UpdateClaimReviewFieldsInputSchema.safeParse({
        claimId: long.claim.id,
        firstAppearanceUrl: "javascript:alert(1)",
      }).success,
    ).toBe(false);
    expect(
      UpdateClaimReviewFieldsInputSchema.safeParse({ claimId: long.claim.id, claimDate: "2026-02-30" }).success,
    ).toBe(false);
    const other = await createWorkspaceWithMembers();
    await expect(
      updateClaimReviewFields(other.actors.EDITOR, fields(long.claim.id, { claimant: "X" })),
    ).rejects.toThrow(NotFoundError);

    await publishReport(ws.actors.REVIEWER, report.id);
    await expectRefusedWithoutChange(
      [ws.workspace.id],
      () => updateClaimReviewFields(ws.actors.EDITOR, fields(long.claim.id, { shortStatement: "Twelve killed" })),
      InvalidInputError,
    );
    // the claimant, date and first appearance are in the published ClaimReview too: each needs a note
    for (const change of [
      { claimant: "Regional administration" },
      { claimDate: "2026-03-01" },
      { firstAppearanceUrl: "https://radio.example/first" },
    ]) {
      await expectRefusedWithoutChange(
        [ws.workspace.id],
        () => updateClaimReviewFields(ws.actors.EDITOR, fields(long.claim.id, change)),
        InvalidInputError,
      );
    }
    await updateClaimReviewFields(
      ws.actors.EDITOR,
      fields(long.claim.id, {
        claimant: "Regional administration",
        shortStatement: "Twelve killed",
        correctionNote: "Shortened the claim for search results.",
      }),
    );
    // saving the same values again changes nothing: no note asked, no second correction
    await updateClaimReviewFields(
      ws.actors.EDITOR,
      fields(long.claim.id, { claimant: "Regional administration", shortStatement: "Twelve killed" }),
    );
    expect(
      await db.reportCorrection.findMany({ where: { reportId: report.id }, select: { note: true, claimId: true } }),
    ).toEqual([{ note: "Shortened the claim for search results.", claimId: long.claim.id }]);
  });

  it("over the API: GET /reports/{id}/preflight for editors, 403 for viewers, 404 for another workspace", async () => {
    const { ws, long, report } = await world();
    const other = await createWorkspaceWithMembers();
    const [editor, viewer, outsider] = await Promise.all([
      tokenFor(ws, "EDITOR"),
      tokenFor(ws, "VIEWER"),
      tokenFor(other, "ADMIN"),
    ]);
    const answer = await call(GET, "GET", `/reports/${report.id}/preflight`, {
      token: editor,
      params: { reportId: report.id },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ reportId: report.id, checked: 2, errorCount: 0 });
    expect(
      (answer.body as { items: { claimId: string; warnings: { code: string; field: string | null }[] }[] }).items.find(
        (i) => i.claimId === long.claim.id,
      )!.warnings[0],
    ).toEqual({ code: "CLAIM_REVIEWED_TOO_LONG", path: "claimReviewed", field: "shortStatement" });
    expectProblem(
      await call(GET, "GET", `/reports/${report.id}/preflight`, { token: viewer, params: { reportId: report.id } }),
      403,
    );
    expectProblem(
      await call(GET, "GET", `/reports/${report.id}/preflight`, { token: outsider, params: { reportId: report.id } }),
      404,
    );
  });
});

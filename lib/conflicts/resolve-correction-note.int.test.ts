/**
 * A resolution that re-rates a claim shown by a published report changes what
 * readers see (the resolver's approved verdict is revised): like any such
 * change, it needs a correction note, refused without one and recorded with it.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { publishReport } from "@/lib/reports/publish-report";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";
import { resolveConflict } from "./resolve-conflict";
import { ResolveConflictInputSchema } from "./schemas";

const TEXT = "Officials said at least 12 people were killed.\n\nThe fire service said at least 19 people were killed.";

describe("resolving a conflict on a claim of a published report", () => {
  it("needs a correction note when it revises the resolver's approved verdict, and records it", async () => {
    const ws = await createWorkspaceWithMembers();
    const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
    const twelve = await claimWithVerdict(ws, article, "at least 12 people were killed", "NONE");
    const nineteen = await claimWithVerdict(ws, article, "at least 19 people were killed", "NONE");
    // the reviewer's own verdict on "12", approved by the admin (four-eyes), then the report goes public
    const own = await createVerdict(
      ws.actors.REVIEWER,
      CreateVerdictInputSchema.parse({
        claimId: twelve.claim.id,
        ratingKey: "ACCURATE",
        summary: "The police count is twelve.",
        evidence: [],
      }),
    );
    await submitVerdict(ws.actors.REVIEWER, { verdictId: own.id, lockVersion: 1 });
    await reviewVerdict(
      ws.actors.ADMIN,
      ReviewVerdictInputSchema.parse({ verdictId: own.id, lockVersion: 2, decision: "APPROVE" }),
    );
    const report = await articleReport(ws, article);
    await publishReport(ws.actors.REVIEWER, report.id);
    const conflict = await db.conflict.create({
      data: {
        workspaceId: ws.workspace.id,
        kind: "FIGURE_MISMATCH",
        question: "How many people were killed?",
        fingerprint: `test-${twelve.claim.id}`,
        members: { create: [twelve, nineteen].map((c) => ({ workspaceId: ws.workspace.id, claimId: c.claim.id })) },
      },
    });
    const resolve = (correctionNote?: string) =>
      resolveConflict(
        ws.actors.REVIEWER,
        ResolveConflictInputSchema.parse({
          conflictId: conflict.id,
          holds: [
            { claimId: twelve.claim.id, holds: false },
            { claimId: nineteen.claim.id, holds: true },
          ],
          resolution: "The fire service's later count of nineteen is confirmed by the coroner.",
          ratings: [{ claimId: twelve.claim.id, ratingKey: "FALSE_CLAIM" }],
          correctionNote,
        }),
      );

    await expectRefusedWithoutChange([ws.workspace.id], () => resolve(), InvalidInputError);
    await expect(resolve()).rejects.toMatchObject({
      fieldErrors: { correctionNote: ["Required while the claim is in a published report."] },
    });

    await resolve("The toll was corrected to nineteen after the coroner's count.");
    expect(await db.conflict.findUniqueOrThrow({ where: { id: conflict.id }, select: { status: true } })).toEqual({
      status: "RESOLVED",
    });
    expect(
      await db.reportCorrection.findMany({
        where: { reportId: report.id },
        select: { note: true, claimId: true, verdictId: true },
      }),
    ).toEqual([
      {
        note: "The toll was corrected to nineteen after the coroner's count.",
        claimId: twelve.claim.id,
        verdictId: own.id,
      },
    ]);
  });
});

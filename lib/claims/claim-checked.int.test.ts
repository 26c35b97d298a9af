import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { annotate, approvedVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";

// Claim.checked (migration …_claim_checked): kept by a trigger on Verdict, read by the repeated-claim check's
// partial index. Each case goes through the use cases, then reads the flag and what the check finds.

const STATEMENT = "At least 14 people were killed in a drone strike on Kherson";

async function checkedClaim(ws: TestWorkspace) {
  const source = await createArticle(ws.actors.EDITOR, { text: `Officials said ${STATEMENT.toLowerCase()}.` });
  const annotation = await annotate(ws.actors.EDITOR, source, STATEMENT.toLowerCase());
  const claim = await createClaim(
    ws.actors.EDITOR,
    CreateClaimInputSchema.parse({ annotationId: annotation.id, statement: STATEMENT }),
  );
  return claim;
}

const isChecked = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { checked: true } })).checked;

async function repeatsOf(ws: TestWorkspace) {
  const repeat = await createArticle(ws.actors.EDITOR, {
    text: "The governor said at least 14 people were killed in the drone strike on Kherson.",
  });
  return (await findImportFindings(ws.actors.EDITOR, repeat.article.id)).repeats.map((r) => r.claimId);
}

const approve = (ws: TestWorkspace, claimId: string, summary = "Hospital records confirm it.") =>
  approvedVerdict(ws, claimId, { ratingKey: "ACCURATE", summary, evidence: [] });

describe("a claim is checked while it has an approved verdict", () => {
  it("a new claim is not checked; approving its verdict checks it, and the repeated-claim check then finds it", async () => {
    const ws = await createWorkspaceWithMembers();
    const claim = await checkedClaim(ws);
    expect(await isChecked(claim.id)).toBe(false);
    expect(await repeatsOf(ws)).toEqual([]);

    await approve(ws, claim.id);
    expect(await isChecked(claim.id)).toBe(true);
    expect(await repeatsOf(ws)).toEqual([claim.id]);
  });

  it("revising the approved verdict back to a draft unchecks the claim, unless another verdict of it stays approved", async () => {
    const ws = await createWorkspaceWithMembers();
    const claim = await checkedClaim(ws);
    const first = await approve(ws, claim.id);
    const second = await approve(ws, claim.id, "The regional administration confirms it.");

    const revise = (verdictId: string) =>
      reviseVerdict(
        ws.actors.EDITOR,
        ReviseVerdictInputSchema.parse({
          verdictId,
          lockVersion: 3,
          ratingKey: "MOSTLY_ACCURATE",
          summary: "The toll was later revised.",
          evidence: [],
          correctionNote: "The toll was revised by officials.",
        }),
      );
    await revise(first.id);
    expect(await isChecked(claim.id)).toBe(true);
    expect(await repeatsOf(ws)).toEqual([claim.id]);

    await revise(second.id);
    expect(await isChecked(claim.id)).toBe(false);
    expect(await repeatsOf(ws)).toEqual([]);
  });

  it("deleting the approved verdict, or moving it to another claim, follows the verdict", async () => {
    const ws = await createWorkspaceWithMembers();
    const [from, to] = [await checkedClaim(ws), await checkedClaim(ws)];
    const verdict = await approve(ws, from.id);

    // no use case moves or deletes a verdict: written directly, as an import or a repair would
    await db.verdict.update({ where: { id: verdict.id }, data: { claimId: to.id } });
    expect([await isChecked(from.id), await isChecked(to.id)]).toEqual([false, true]);

    await db.verdict.delete({ where: { id: verdict.id } });
    expect(await isChecked(to.id)).toBe(false);
  });
});

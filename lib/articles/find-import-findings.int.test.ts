/**
 * The import check analyses each checked statement once and compares claims of
 * the same words and figures once per sentence (the same statement is often
 * checked more than once): every claim is still reported, each by its own
 * figures — a comparison shared by the words alone would report a claim of
 * another figure as a repeat.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import {
  createArticle,
  createClaimRecord,
  createVerdictRecord,
  createWorkspaceWithMembers,
  type TestWorkspace,
} from "@/prisma/factories";

const STATEMENT = "12 people were killed in a drone strike on Kharkiv";

/** A claim with an approved verdict; `killed`: its structured figure, none when null; the newest updated first. */
async function checkedClaim(ws: TestWorkspace, killed: number | null, updatedAt: string, statement = STATEMENT) {
  const { id } = await createClaimRecord(ws.actors.EDITOR, { statement });
  await createVerdictRecord(ws.actors.EDITOR, id, { status: "APPROVED" });
  await db.claim.update({
    where: { id },
    data: {
      ...(killed === null ? {} : { metric: "killed", valueLow: killed, valueHigh: killed, qualifier: "EXACT" }),
      updatedAt: new Date(updatedAt),
    },
  });
  return id;
}

describe("findImportFindings: claims checked in the same words", () => {
  it("reports each of them, by its own figure", async () => {
    const ws = await createWorkspaceWithMembers();
    const twelve = await checkedClaim(ws, 12, "2026-01-03");
    const twelveAgain = await checkedClaim(ws, 12, "2026-01-02");
    const twenty = await checkedClaim(ws, 20, "2026-01-01");
    const { article } = await createArticle(ws.actors.EDITOR, {
      text: "Officials said 12 people were killed in the drone strike on Kharkiv.",
    });
    const findings = await findImportFindings(ws.actors.EDITOR, article.id);
    // the three checked claims were compared, and no more share the article's names and figures
    expect(findings).toMatchObject({ compared: 3, capped: false });
    expect(findings.repeats.map((r) => r.claimId)).toEqual([twelve, twelveAgain]);
    expect(findings.disagreements).toEqual([
      expect.objectContaining({
        claimId: twenty,
        passageFigure: expect.stringContaining("12"),
        claimFigure: expect.stringContaining("20"),
      }),
    ]);
  });

  it("compares a claim without a structured figure by the figure its statement gives", async () => {
    const ws = await createWorkspaceWithMembers();
    const statement = "31 people were killed in a drone strike on Kharkiv";
    const stated = await checkedClaim(ws, null, "2026-01-02", statement);
    const structured = await checkedClaim(ws, 12, "2026-01-01", statement);
    const { article } = await createArticle(ws.actors.EDITOR, {
      text: "Officials said 12 people were killed in the drone strike on Kharkiv.",
    });
    const findings = await findImportFindings(ws.actors.EDITOR, article.id);
    expect(findings.repeats.map((r) => r.claimId)).toEqual([structured]);
    expect(findings.disagreements).toEqual([
      expect.objectContaining({ claimId: stated, claimFigure: expect.stringContaining("31") }),
    ]);
  });
});

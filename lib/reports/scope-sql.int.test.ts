/**
 * The entry loader selects a report's claims with SQL (claimsInScopeSql), the
 * annotation export with Prisma (claimsInScope): for every scope, internal and
 * published, both must pick exactly the same claims, including the edge
 * cases (deleted claims and articles, rejected verdicts, other workspaces).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createReport } from "@/lib/reports/create-report";
import { getReport } from "@/lib/reports/get-report";
import { claimsInScope } from "@/lib/reports/content/claims-in-scope";
import { claimsInScopeSql } from "@/lib/reports/content/claims-in-scope-sql";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT =
  "One said alpha first. Two said beta second. Three said gamma third. Four said delta fourth. Five said epsilon fifth. Six said zeta sixth.";

async function world() {
  const ws = await createWorkspaceWithMembers();
  const other = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const second = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const approved = await claimWithVerdict(ws, article, "alpha first", "APPROVED");
  const draft = await claimWithVerdict(ws, article, "beta second", "DRAFT");
  const none = await claimWithVerdict(ws, article, "gamma third", "NONE");
  const rejected = await claimWithVerdict(ws, article, "delta fourth", "SUBMITTED");
  await reviewVerdict(
    ws.actors.REVIEWER,
    ReviewVerdictInputSchema.parse({
      verdictId: rejected.verdict!.id,
      lockVersion: 2,
      decision: "REJECT",
      reason: "No source.",
    }),
  );
  const elsewhere = await claimWithVerdict(ws, second, "epsilon fifth", "APPROVED");
  const unlinked = await claimWithVerdict(ws, article, "zeta sixth", "APPROVED");
  await deleteAnnotation(ws.actors.EDITOR, { annotationId: unlinked.annotation.id });
  const deleted = await claimWithVerdict(ws, second, "alpha first", "APPROVED");
  await claimWithVerdict(other, await createArticle(other.actors.EDITOR, { text: TEXT }), "alpha first", "APPROVED");
  const all = [approved, draft, none, rejected, elsewhere, unlinked, deleted].map((c) => c.claim.id);
  const conflict = await db.conflict.create({
    data: {
      workspaceId: ws.workspace.id,
      kind: "FIGURE_MISMATCH",
      question: "?",
      fingerprint: `fp-${approved.claim.id}`,
      members: {
        create: [approved, draft, deleted].map((c) => ({ workspaceId: ws.workspace.id, claimId: c.claim.id })),
      },
    },
  });
  const inputs = [
    { title: "Article", scope: "ARTICLE", articleId: article.article.id },
    { title: "Claims", scope: "CLAIMS", claimIds: all },
    { title: "Conflict", scope: "CONFLICT", conflictId: conflict.id },
    { title: "Now", scope: "WORKSPACE", fromDate: "2000-01-01", toDate: "2100-01-01" },
    { title: "Past", scope: "WORKSPACE", fromDate: "2000-01-01", toDate: "2001-01-01" },
  ];
  const records = [];
  for (const input of inputs)
    records.push(
      (
        await getReport(
          ws.actors.EDITOR,
          (await createReport(ws.actors.EDITOR, CreateReportInputSchema.parse(input))).id,
          { internal: true },
        )
      ).record,
    );
  // deleted after the reports named it
  await db.claim.update({ where: { id: deleted.claim.id }, data: { deletedAt: new Date() } });
  return { records, ids: { approved, draft, none, rejected, elsewhere, unlinked } };
}

describe("claimsInScopeSql", () => {
  it("selects the same claims as claimsInScope for every scope, internal and published", async () => {
    const { records, ids } = await world();
    const picked: Record<string, string[]> = {};
    for (const record of records) {
      for (const internal of [true, false]) {
        const prisma = (
          await db.claim.findMany({
            where: claimsInScope(record, { internal }),
            select: { id: true },
            orderBy: { id: "asc" },
          })
        ).map((c) => c.id);
        const sql = (
          await db.$queryRaw<
            { id: string }[]
          >`SELECT c.id FROM "Claim" c WHERE ${claimsInScopeSql(record, { internal })} ORDER BY c.id`
        ).map((c) => c.id);
        expect(sql, `${record.title}, internal ${internal}`).toEqual(prisma);
        picked[`${record.title}:${internal}`] = sql;
      }
    }
    // and the sets are the intended ones
    const sorted = (...claims: { claim: { id: string } }[]) => claims.map((c) => c.claim.id).sort();
    expect(picked["Article:true"]).toEqual(sorted(ids.approved, ids.draft, ids.none, ids.rejected));
    expect(picked["Article:false"]).toEqual(sorted(ids.approved));
    expect(picked["Claims:false"]).toEqual(sorted(ids.approved, ids.elsewhere, ids.unlinked));
    expect(picked["Conflict:true"]).toEqual(sorted(ids.approved, ids.draft));
    expect(picked["Now:false"]).toEqual(sorted(ids.approved, ids.elsewhere, ids.unlinked));
    expect(picked["Past:true"]).toEqual([]);
  });
});

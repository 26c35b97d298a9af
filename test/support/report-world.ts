/**
 * Test data for the report integration tests (not used by the app): claims
 * with verdicts in any state, made through the real use cases.
 */
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createReport } from "@/lib/reports/create-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import type { TestArticle, TestWorkspace } from "@/prisma/factories";
import { annotate, claimPhrase } from "./claim-phrase";

export const SUMMARY = "The police report confirms the figure.";

export { annotate };

/** A claim from `phrase`, with a verdict by the editor in the given state (APPROVED by the reviewer). */
export async function claimWithVerdict(
  ws: TestWorkspace,
  article: TestArticle,
  phrase: string,
  state: "NONE" | "DRAFT" | "SUBMITTED" | "APPROVED",
  options: { statement?: string; ratingKey?: string; summary?: string } = {},
) {
  const { annotation, claim } = await claimPhrase(ws.actors.EDITOR, article, phrase, {
    statement: options.statement ?? `Claim: ${phrase}`,
    claimant: "Officials",
    claimDate: "2026-11-03",
  });
  if (state === "NONE") return { claim, annotation, verdict: null };
  const verdict = await createVerdict(
    ws.actors.EDITOR,
    CreateVerdictInputSchema.parse({
      claimId: claim.id,
      ratingKey: options.ratingKey ?? "MOSTLY_ACCURATE",
      summary: options.summary ?? SUMMARY,
      evidence: [{ url: "https://police.example.test/report", title: "Police report" }],
    }),
  );
  if (state === "DRAFT") return { claim, annotation, verdict: { id: verdict.id, lockVersion: 1 } };
  await submitVerdict(ws.actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });
  if (state === "SUBMITTED") return { claim, annotation, verdict: { id: verdict.id, lockVersion: 2 } };
  await reviewVerdict(
    ws.actors.REVIEWER,
    ReviewVerdictInputSchema.parse({ verdictId: verdict.id, lockVersion: 2, decision: "APPROVE" }),
  );
  return { claim, annotation, verdict: { id: verdict.id, lockVersion: 3 } };
}

/** The editor's verdict on the claim, submitted, then approved by the reviewer (who acknowledges the appearance warnings when told to). */
export async function approvedVerdict(
  ws: TestWorkspace,
  claimId: string,
  content: { ratingKey: string; summary: string; evidence?: { url: string; title: string }[] },
  { acknowledgeWarnings = false } = {},
) {
  const verdict = await createVerdict(ws.actors.EDITOR, CreateVerdictInputSchema.parse({ claimId, ...content }));
  await submitVerdict(ws.actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });
  await reviewVerdict(
    ws.actors.REVIEWER,
    ReviewVerdictInputSchema.parse({
      verdictId: verdict.id,
      lockVersion: 2,
      decision: "APPROVE",
      ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}),
    }),
  );
  return verdict;
}

/** A saved report on one article, made by the editor. */
export async function articleReport(ws: TestWorkspace, article: TestArticle, title = "Fact-check of the article") {
  return createReport(
    ws.actors.EDITOR,
    CreateReportInputSchema.parse({ title, scope: "ARTICLE", articleId: article.article.id }),
  );
}

/** Collects an async iterable (tests only: the app never holds a whole export). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The repeated-claim check after ANALYZE, when the story's place is common: a
 * sentence giving another figure for a checked claim ("killed 19 people"
 * for "killed 12 people") shares only the place with it, which the term
 * look-up then leaves out (common-terms.ts). The checked claims of the
 * sentence's metric that share any of the article's terms are compared as
 * well (sameMetricClaimQuery), so the disagreement is still found. The test
 * first checks that the statistics did drop the place: otherwise it would only
 * test the path the other tests already take.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import { distinctiveTerms, SAME_METRIC_CLAIMS } from "@/lib/claims/candidates";
import { rarerTerms } from "@/lib/claims/common-terms";
import {
  createArticle,
  createClaimRecord,
  createVerdictRecord,
  createWorkspaceWithMembers,
  uniqueSuffix,
} from "@/prisma/factories";
import { annotate, approvedVerdict } from "@/test/support/report-world";
import { makeTermCommon } from "@/test/support/common-term";

const word = (stem: string) =>
  `${stem}${uniqueSuffix()
    .replace(/[^a-z]/gi, "")
    .toLowerCase()}`;
const PLACE = word("Korvana");
const place = (text: string) => text.replaceAll("PLACE", PLACE);
// no other capitalised word: the place is the only name the sentence shares with the claim
const CHECKED = place("The strike on PLACE killed 12 people");
const INJURED = place("The strike on PLACE injured 30 people");
const OTHER_FIGURE = place("The strike on PLACE killed 19 people, officials said.");
// an article without a date gives its claims no event date
const UNDATED = place("The fire in PLACE destroyed 40 homes");
const UNDATED_OTHER_FIGURE = place("The fire in PLACE destroyed 65 homes, residents said.");

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function world() {
  const ws = await createWorkspaceWithMembers();
  const editor = ws.actors.EDITOR;
  const source = await createArticle(editor, {
    title: `Strike on ${PLACE}`,
    text: `${CHECKED}.\n\n${INJURED}.`,
    publishedAt: daysAgo(3),
  });
  // as an editor checks a claim: its figure (metric "killed", 12) comes from the passage, its event date from the
  // article's
  const undatedSource = await createArticle(editor, { title: `Fire in ${PLACE}`, text: `${UNDATED}.` });
  const checkedClaim = async (statement: string, from = source) => {
    const annotation = await annotate(editor, from, statement, { kind: "CLAIM" });
    const claim = await createClaim(editor, CreateClaimInputSchema.parse({ annotationId: annotation.id, statement }));
    await approvedVerdict(ws, claim.id, { ratingKey: "ACCURATE", summary: "Confirmed.", evidence: [] });
    return claim;
  };
  const killed = await checkedClaim(CHECKED);
  const injured = await checkedClaim(INJURED);
  const undated = await checkedClaim(UNDATED, undatedSource);
  const { article } = await createArticle(editor, { text: OTHER_FIGURE, publishedAt: daysAgo(0) });
  const undatedArticle = (await createArticle(editor, { text: UNDATED_OTHER_FIGURE })).article;
  await makeTermCommon(ws, PLACE);
  return { ws, killed, injured, undated, article, undatedArticle };
}

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

describe("findImportFindings after ANALYZE, with the story's place common", () => {
  it("the term look-up leaves the place out, so it cannot find the checked claim", async () => {
    const terms = distinctiveTerms(OTHER_FIGURE);
    expect(terms).toContain(PLACE);
    expect(await rarerTerms("Claim", terms)).toEqual(terms.filter((t) => t !== PLACE));
    expect(await db.claim.findUniqueOrThrow({ where: { id: w.killed.id } })).toMatchObject({
      metric: "killed",
      checked: true,
      eventDate: expect.any(Date),
    });
    expect(await db.claim.findUniqueOrThrow({ where: { id: w.undated.id } })).toMatchObject({
      metric: "homes",
      eventDate: null,
    });
  });

  it("finds the other figure for the checked claim, and nothing about the claim of another metric", async () => {
    const findings = await findImportFindings(w.ws.actors.EDITOR, w.article.id);
    expect(findings.repeats).toEqual([]);
    expect(findings.disagreements).toEqual([
      expect.objectContaining({
        claimId: w.killed.id,
        passageFigure: expect.stringContaining("19"),
        claimFigure: expect.stringContaining("12"),
      }),
    ]);
    expect(findings).toMatchObject({ capped: false });
  });

  it("finds the other figure for a checked claim without an event date", async () => {
    const findings = await findImportFindings(w.ws.actors.EDITOR, w.undatedArticle.id);
    expect(findings.repeats).toEqual([]);
    expect(findings.disagreements).toEqual([
      expect.objectContaining({
        claimId: w.undated.id,
        passageFigure: expect.stringContaining("65"),
        claimFigure: expect.stringContaining("40"),
      }),
    ]);
  });

  it("says the findings may be partial when more checked claims of the metric share its terms than are walked", async () => {
    const editor = w.ws.actors.EDITOR;
    for (let i = 0; i <= SAME_METRIC_CLAIMS; i++) {
      const { id } = await createClaimRecord(editor, { statement: place(`${i + 100} were killed near PLACE`) });
      await db.claim.update({
        where: { id },
        data: { metric: "dead", valueLow: i + 100, valueHigh: i + 100, eventDate: daysAgo(1) },
      });
      await createVerdictRecord(editor, id, { status: "APPROVED" });
    }
    const findings = await findImportFindings(editor, w.article.id);
    expect(findings).toMatchObject({ capped: true });
    expect(findings.compared).toBeGreaterThan(SAME_METRIC_CLAIMS);
  });
});

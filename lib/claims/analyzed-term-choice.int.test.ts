/**
 * The repeated-claim check and the claim suggestions after ANALYZE: once the
 * statistics of the search vectors say the story's place is in most articles
 * and claims, the look-ups leave it out (common-terms.ts) and go by the
 * figure, the speaker and the quoted words. On a labelled world they must
 * still find every true repeat, and never offer an altered quote or another
 * figure as the same claim. Without statistics every term is looked up, so
 * the test first checks that the statistics did change the terms chosen:
 * otherwise it would only test the path the other tests already take.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { findClaimSuggestions } from "@/lib/claims/find-claim-suggestions";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { annotate, approvedVerdict } from "@/test/support/report-world";
import { makeTermCommon } from "@/test/support/common-term";
import { distinctiveTerms } from "./candidates";
import { rarerTerms } from "./common-terms";

const word = (stem: string) =>
  `${stem}${uniqueSuffix()
    .replace(/[^a-z]/gi, "")
    .toLowerCase()}`;
// the place is made common below; the speaker, the figure and the quoted words stay rare
const PLACE = word("Velmora");
const SPEAKER = word("Dalskovic");
const FIGURE = "At least 4,817 households lost power in PLACE after the storm";
const QUOTE = "We will rebuild every bridge in PLACE before the winter";
const place = (text: string) => text.replaceAll("PLACE", PLACE);

const SOURCE = place(
  `Storm over PLACE\n\n${FIGURE}, the grid operator said.\n\n“${QUOTE},” Mayor ${SPEAKER} said on Friday.`,
);
/** One article each, so that each is found by its own terms or not at all. */
const LABELLED = [
  {
    claim: "figure",
    label: "same",
    text: "The storm cut power to at least 4,817 households in PLACE, the operator said.",
  },
  {
    claim: "figure",
    label: "same",
    text: "Officials said at least 4,817 households lost power in PLACE after the storm.",
  },
  {
    claim: "figure",
    label: "altered",
    text: "About 2,300 households lost power in PLACE after the storm, the channel said.",
  },
  {
    claim: "figure",
    label: "altered",
    text: "Fewer than 4,817 households lost power in PLACE after the storm, a post claimed.",
  },
  { claim: "quote", label: "same", text: `“${QUOTE},” ${SPEAKER} told reporters.` },
  {
    claim: "quote",
    label: "altered",
    text: `“We will rebuild some bridges in PLACE before the winter,” ${SPEAKER} said.`,
  },
  {
    claim: "quote",
    label: "altered",
    text: `“We will not rebuild every bridge in PLACE before the winter,” ${SPEAKER} said.`,
  },
  { claim: null, label: null, text: "Schools in PLACE reopened on Monday after the storm." },
].map((l) => ({ ...l, text: place(l.text) }));

async function world() {
  const ws = await createWorkspaceWithMembers();
  const editor = ws.actors.EDITOR;
  const source = await createArticle(editor, { title: `Storm over ${PLACE}`, text: SOURCE });
  const claimOf = async (phrase: string, statement: string, claimant = "") => {
    const annotation = await annotate(editor, source, phrase, { kind: "CLAIM" });
    const claim = await createClaim(
      editor,
      CreateClaimInputSchema.parse({ annotationId: annotation.id, statement, claimant }),
    );
    await approvedVerdict(ws, claim.id, { ratingKey: "ACCURATE", summary: "Confirmed.", evidence: [] });
    return { ...claim, text: `${statement}\n${phrase}` };
  };
  const claims = {
    figure: await claimOf(place(FIGURE), place(FIGURE)),
    quote: await claimOf(place(QUOTE), `${SPEAKER}: “${place(QUOTE)}.”`, SPEAKER),
  };
  const labelled = [];
  for (const l of LABELLED) labelled.push({ ...l, article: (await createArticle(editor, { text: l.text })).article });
  await makeTermCommon(ws, PLACE);
  return { ws, claims, labelled };
}

let w: Awaited<ReturnType<typeof world>>;
beforeAll(async () => {
  w = await world();
});

describe("after ANALYZE, with the place common", () => {
  it("the look-ups leave the place out", async () => {
    for (const claim of Object.values(w.claims)) {
      const all = distinctiveTerms(claim.text);
      expect(all).toContain(PLACE);
      const chosen = await rarerTerms("Article", all);
      expect(chosen.length).toBeGreaterThan(0);
      expect(chosen).toEqual(all.filter((t) => t !== PLACE));
    }
    const article = distinctiveTerms(w.labelled[0]!.text);
    expect(await rarerTerms("Claim", article)).toEqual(article.filter((t) => t !== PLACE));
  });

  it("claim suggestions offer every true repeat as the same claim, and no altered quote or other figure", async () => {
    for (const [key, claim] of Object.entries(w.claims)) {
      const suggestions = await findClaimSuggestions(w.ws.actors.EDITOR, claim.id);
      const labelled = (label: string) =>
        w.labelled.filter((l) => l.claim === key && l.label === label).map((l) => l.article.id);
      const offered = (match: string) => suggestions.filter((s) => s.match === match).map((s) => s.articleId);
      expect(offered("same").toSorted()).toEqual(labelled("same").toSorted());
      // the altered ones that share the claim's rarer terms are found, and offered as what they are
      expect(offered("variant").length).toBeGreaterThan(0);
      expect(labelled("altered")).toEqual(expect.arrayContaining(offered("variant")));
    }
  });

  it("the repeated-claim check finds each checked claim in its true repeats, and in no altered quote or other figure", async () => {
    for (const l of w.labelled.filter((l) => l.claim)) {
      const findings = await findImportFindings(w.ws.actors.EDITOR, l.article.id);
      expect(
        findings.repeats.map((r) => r.claimId),
        l.text,
      ).toEqual(l.label === "same" ? [w.claims[l.claim as keyof typeof w.claims].id] : []);
    }
  });
});

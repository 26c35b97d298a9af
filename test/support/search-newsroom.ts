/**
 * A small newsroom for the search integration tests, made through the real use
 * cases (annotations, claims, verdicts and their review), so the search vectors
 * come from real writes. Each call makes a new workspace with unique words
 * nowhere else, so test files can share one database and run in parallel.
 */
import { annotate as annotateWith } from "@/test/support/claim-phrase";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { parseSearchParams } from "@/lib/search/schemas";
import { searchWorkspace, type SearchResultsDto } from "@/lib/search/search-workspace";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix, type TestArticle } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";

export const STRIKE_TEXT =
  "Officials said at least 12 people were killed in the overnight strike on Kyiv. The toll rose overnight.\n\nThe mayor, Pieter Vos, promised 40 million euros for repairs.";
export const DRONE_TEXT =
  "A drone hit the port of Odesa on Tuesday. Police said 19 people were injured.\n\nThe strike damaged grain silos near the harbour.";
export const BUDGET_TEXT = "Parliament delayed the budget vote again.\n\nMembers from Kyiv walked out of the session.";

/** A note on the first occurrence of `phrase`, with the given body and tags. */
export const annotate = (actor: Actor, article: TestArticle, phrase: string, body = "", tags: string[] = []) =>
  annotateWith(actor, article, phrase, { body, tags });

/**
 * Workspace with three articles (strike on Kyïv, drone on Odesa, budget), notes
 * on them (one deleted), and two claims: one with an approved ACCURATE
 * verdict, one with a FALSE_CLAIM draft. `marker` is a word unique to this
 * workspace, in the strike article's title.
 */
export async function createNewsroom() {
  const ws = await createWorkspaceWithMembers();
  const { EDITOR: editor, REVIEWER: reviewer, ADMIN: admin } = ws.actors;
  const marker = `zq${uniqueSuffix()}`;
  const strike = await createArticle(editor, {
    title: `Missile strike on Kyïv kills 12 ${marker}`,
    text: STRIKE_TEXT,
    outlet: "Kyiv Courier",
    publishedAt: new Date("2024-03-05T00:00:00Z"),
  });
  const drone = await createArticle(reviewer, {
    title: "Drone attack near Odesa port",
    text: DRONE_TEXT,
    outlet: "Harbour Times",
    publishedAt: new Date("2024-06-10T00:00:00Z"),
  });
  const budget = await createArticle(editor, {
    title: "Budget vote delayed",
    text: BUDGET_TEXT,
    outlet: "Northern Post",
    publishedAt: new Date("2023-11-01T00:00:00Z"),
  });

  const killed = await annotate(
    editor,
    strike,
    "at least 12 people were killed",
    "Check the **toll** against the city statement.",
    ["casualties"],
  );
  const tollQuote = await annotate(admin, strike, "The toll rose overnight.");
  const injured = await annotate(reviewer, drone, "19 people were injured", "Police figure, hospitals report 21.", [
    "numbers",
  ]);
  const mayor = await annotate(editor, strike, "Pieter Vos", "Mayor since 2019.");
  const walkout = await annotate(editor, budget, "walked out of the session", "Walkout confirmed by the speaker.");

  const accurate = await createClaim(
    editor,
    CreateClaimInputSchema.parse({
      annotationId: killed.id,
      statement: "At least 12 people were killed in the strike on Kyiv",
      claimant: "Volodymyr Zelensky",
    }),
  );
  const approved = await createVerdict(
    editor,
    CreateVerdictInputSchema.parse({
      claimId: accurate.id,
      ratingKey: "ACCURATE",
      summary: "The city administration confirmed twelve deaths.",
    }),
  );
  const { lockVersion } = await submitVerdict(editor, { verdictId: approved.id, lockVersion: 1 });
  await reviewVerdict(
    reviewer,
    ReviewVerdictInputSchema.parse({ verdictId: approved.id, lockVersion, decision: "APPROVE" }),
  );

  const falseClaim = await createClaim(
    editor,
    CreateClaimInputSchema.parse({
      annotationId: injured.id,
      statement: "19 people were injured in the Odesa drone attack",
      claimant: "Odesa police",
    }),
  );
  await createVerdict(
    editor,
    CreateVerdictInputSchema.parse({
      claimId: falseClaim.id,
      ratingKey: "FALSE_CLAIM",
      summary: "Hospitals counted 21 injured, not 19.",
    }),
  );

  const search = (actor: Actor, params: Record<string, string>): Promise<SearchResultsDto> =>
    searchWorkspace(actor, parseSearchParams(params));
  return {
    ...ws,
    marker,
    articles: { strike, drone, budget },
    notes: { killed, tollQuote, injured, mayor, walkout },
    claims: { accurate, falseClaim },
    search,
  };
}

/** The ids of each result type (empty when the type was not shown). */
export function idsOf(results: SearchResultsDto) {
  const ids = (section: SearchResultsDto["articles" | "annotations" | "claims"]) =>
    section.state === "shown" ? section.hits.map((h) => h.id) : [];
  return { articles: ids(results.articles), annotations: ids(results.annotations), claims: ids(results.claims) };
}

/** The hits of a result type that must have been shown. */
export function shown<T>(section: { state: string; hits?: T[]; total?: number }): { hits: T[]; total: number } {
  if (section.state !== "shown") throw new Error(`expected the section to be shown, it is ${section.state}`);
  return { hits: section.hits!, total: section.total! };
}

/** The text of snippet parts, with hits in [brackets]. */
export function bracketed(parts: { text: string; hit: boolean }[]): string {
  return parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");
}

/**
 * GET /api/v1/articles/{id}/suggestions over HTTP: the sentences the reader
 * suggests checking (those that likely state a known claim, and the
 * check-worthy ones), the same list as the app's, editors and up, 404 across
 * workspaces.
 */
import { describe, expect, it } from "vitest";
import { GET as getSuggestions } from "@/app/api/v1/articles/[articleId]/suggestions/route";
import { findArticleSuggestions } from "@/lib/articles/find-article-suggestions";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem } from "@/test/support/api-calls";
import { ownerAndOutsider } from "@/test/support/api-workspaces";
import { createClaim, importText, markPassage } from "@/test/support/api-integrity-flow";

// Written for this test.
const FIRST =
  "At least 14 people were killed in the shelling of the market, the mayor said.\n\nRepairs will take a month.";
const FIGURE = "At least 14 people were killed in the shelling of the market";
const LATER =
  "At least 14 people were killed in the shelling of the market, officials said.\n\n" +
  "The council met on the square.\n\n" +
  "“We will rebuild every stall,” the mayor told reporters.";

async function world() {
  const { owner, outsider, tokens } = await ownerAndOutsider();
  const first = await importText(tokens.editor, FIRST, { title: "Market shelling" });
  const passage = await markPassage(tokens.editor, first.id, FIGURE);
  const claimId = (await createClaim(tokens.editor, { annotationId: passage, statement: FIGURE })).body.id as string;
  const later = await importText(tokens.editor, LATER, { title: "Follow-up" });
  return { owner, outsider, tokens, claimId, later };
}

const suggestionsOf = (token: string, articleId: string) =>
  call(getSuggestions, "GET", `/articles/${articleId}/suggestions`, { token, params: { articleId } });

describe("GET /articles/{id}/suggestions", () => {
  it("lists the sentences to check, in text order, as the reader does: a known claim, then a quote", async () => {
    const w = await world();
    const response = await suggestionsOf(w.tokens.editor, w.later.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const items = response.body.items as { start: number; end: number; sentence: string; claim: unknown }[];
    expect(items).toEqual([
      expect.objectContaining({
        sentence: expect.stringContaining("At least 14"),
        claim: { id: w.claimId, statement: FIGURE, score: expect.any(Number) },
        reasons: expect.arrayContaining(["figures", "attribution"]),
      }),
      expect.objectContaining({
        sentence: expect.stringContaining("rebuild every stall"),
        claim: null,
        reasons: expect.arrayContaining(["direct quote", "attribution"]),
      }),
    ]);
    for (const item of items) expect(w.later.text.slice(item.start, item.end)).toBe(item.sentence);
    // the workspace's one claim was compared, and no more share the article's names and figures
    expect(response.body).toMatchObject({ compared: 1, capped: false });
    const app = await findArticleSuggestions(w.owner.actors.EDITOR, w.later.id);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(app)));
  });

  it("leaves out a sentence once it is annotated", async () => {
    const w = await world();
    await markPassage(w.tokens.editor, w.later.id, "We will rebuild every stall");
    const response = await suggestionsOf(w.tokens.editor, w.later.id);
    expect(response.status).toBe(200);
    expect(response.body.items.map((s: { sentence: string }) => s.sentence)).toEqual([
      expect.stringContaining("At least 14"),
    ]);
  });

  it("refuses viewers (403) and hides the article from another workspace (404), changing nothing", async () => {
    const w = await world();
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    expectProblem(await suggestionsOf(w.tokens.viewer, w.later.id), 403);
    expectProblem(await suggestionsOf(w.tokens.outsider, w.later.id), 404);
    expectProblem(await suggestionsOf(w.tokens.editor, "no-such-article"), 404);
    expect((await suggestionsOf("", w.later.id)).status).toBe(401);
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
  });
});

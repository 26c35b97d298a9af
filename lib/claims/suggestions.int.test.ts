import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { findClaimSuggestions } from "@/lib/claims/find-claim-suggestions";
import { addSuggestedAppearance } from "@/lib/claims/add-suggested-appearance";
import { getClaim } from "@/lib/claims/get-claim";
import { findArticleSuggestions } from "@/lib/articles/find-article-suggestions";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { claimPhrase } from "@/test/support/claim-phrase";

const A = "Flood report.\n\nAt least 12 people were killed when the Maren burst its banks, officials said.";
const B =
  "Maren flood.\n\nThe flooding along the Maren killed at least 12 people. The weather was grey.\n\nMayor Vos said aid of 40 million euros would follow.";

async function world() {
  const ws = await createWorkspaceWithMembers();
  const a = await createArticle(ws.actors.EDITOR, { text: A });
  const b = await createArticle(ws.actors.EDITOR, { text: B });
  const { claim } = await claimPhrase(
    ws.actors.EDITOR,
    a,
    "At least 12 people were killed",
    { statement: "At least 12 people were killed in the Maren flood" },
    { kind: "CLAIM" },
  );
  return { ws, a, b, claim };
}

describe("claim suggestions", () => {
  it("suggests the same figure in another article, and links it only when asked", async () => {
    const { ws, b, claim } = await world();
    const suggestions = await findClaimSuggestions(ws.actors.EDITOR, claim.id);
    expect(suggestions[0]).toMatchObject({
      articleId: b.article.id,
      sentence: "The flooding along the Maren killed at least 12 people.",
    });
    expect(suggestions.some((s) => s.sentence.includes("grey"))).toBe(false);
    expect((await getClaim(ws.actors.EDITOR, claim.id)).appearances).toHaveLength(1);

    const s = suggestions[0]!;
    await addSuggestedAppearance(ws.actors.EDITOR, {
      claimId: claim.id,
      articleId: s.articleId,
      versionId: s.versionId,
      start: s.start,
      end: s.end,
      exact: s.sentence,
    });
    expect((await getClaim(ws.actors.EDITOR, claim.id)).appearances.map((x) => x.articleId)).toContain(b.article.id);
    expect(
      (await findClaimSuggestions(ws.actors.EDITOR, claim.id)).some(
        (x) => x.start === s.start && x.articleId === s.articleId,
      ),
    ).toBe(false);
  });

  it("lists an article's already-checked and check-worthy sentences, not the annotated ones", async () => {
    const { ws, a, b } = await world();
    const forB = await findArticleSuggestions(ws.actors.EDITOR, b.article.id);
    expect(forB.items.find((s) => s.sentence.startsWith("The flooding"))!.claim).not.toBeNull();
    expect(forB.items.find((s) => s.sentence.startsWith("Mayor Vos"))!.reasons).toEqual(["figures", "attribution"]);
    expect(forB.items.some((s) => s.sentence.includes("grey"))).toBe(false);
    // the one claim of the workspace was compared, and no more share the article's names and figures
    expect(forB).toMatchObject({ compared: 1, capped: false });
    expect(
      (await findArticleSuggestions(ws.actors.EDITOR, a.article.id)).items.some((s) =>
        s.sentence.includes("At least 12"),
      ),
    ).toBe(false);
  });

  it("viewers may not use suggestions; outsiders reach nothing and change nothing", async () => {
    const { ws, b, claim } = await world();
    const outsider = (await createWorkspaceWithMembers()).actors.ADMIN;
    await expect(findClaimSuggestions(ws.actors.VIEWER, claim.id)).rejects.toThrow(ForbiddenError);
    await expect(findClaimSuggestions(outsider, claim.id)).rejects.toThrow(NotFoundError);
    const before = await workspaceFingerprint(ws.workspace.id);
    const input = {
      claimId: claim.id,
      articleId: b.article.id,
      versionId: b.version.id,
      start: 0,
      end: 5,
      exact: B.slice(0, 5),
    };
    await expect(addSuggestedAppearance(ws.actors.VIEWER, input)).rejects.toThrow(ForbiddenError);
    await expect(addSuggestedAppearance(outsider, input)).rejects.toThrow(NotFoundError);
    expect(await workspaceFingerprint(ws.workspace.id)).toEqual(before);
  });
});

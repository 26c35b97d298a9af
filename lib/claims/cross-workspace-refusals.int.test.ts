/**
 * Regression tests for two refusals the authorization matrix
 * (e2e/authorization-matrix.spec.ts) found wrong:
 * - addSuggestedAppearance with a claim of another workspace (or none) and an
 *   article of the caller's own workspace annotated the article, failed to
 *   link, and soft-deleted the annotation again: refused, yet the caller's
 *   workspace gained an annotation row and three audit events;
 * - findArticleSuggestions for another workspace's article answered an empty
 *   list instead of "not found".
 */
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";
import { claimWithVerdict } from "@/test/support/report-world";
import { addSuggestedAppearance } from "@/lib/claims/add-suggested-appearance";
import { findArticleSuggestions } from "@/lib/articles/find-article-suggestions";

const TEXT = "At least 12 people were hurt. The dam held through the night.";

describe("refusals across workspaces change nothing and answer NotFound", () => {
  it("addSuggestedAppearance: another workspace's claim on one's own article", async () => {
    const owner = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const { claim } = await claimWithVerdict(
      owner,
      await createArticle(owner.actors.EDITOR, { text: TEXT }),
      "12 people were hurt",
      "NONE",
    );
    const own = await createArticle(other.actors.EDITOR, { text: TEXT });
    const phrase = "The dam held through the night.";
    const start = own.version.text.indexOf(phrase);
    const input = {
      claimId: claim.id,
      articleId: own.article.id,
      versionId: own.version.id,
      start,
      end: start + phrase.length,
      exact: phrase,
    };
    await expectRefusedWithoutChange(
      [owner.workspace.id, other.workspace.id],
      () => addSuggestedAppearance(other.actors.ADMIN, input),
      NotFoundError,
    );
  });

  it("findArticleSuggestions: another workspace's article", async () => {
    const owner = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const { article } = await createArticle(owner.actors.EDITOR, { text: TEXT });
    await expect(findArticleSuggestions(other.actors.ADMIN, article.id)).rejects.toThrow(NotFoundError);
    expect((await findArticleSuggestions(owner.actors.EDITOR, article.id)).items.length).toBeGreaterThan(0);
  });
});

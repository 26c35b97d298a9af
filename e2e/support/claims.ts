/**
 * Claims for e2e journeys, made as an editor makes them in the reader (annotate
 * a phrase of an article, then claim it) through the real use cases, in the
 * database the web server uses: test-data points the client there before the
 * use cases load.
 */
import { createArticle, type CreateArticleOverrides } from "./test-data";
import { claimPhrase, type AnnotationExtras, type ClaimFields } from "../../test/support/claim-phrase";
import type { Actor } from "../../lib/policy/actor";

export { annotate, claimPhrase } from "../../test/support/claim-phrase";

/** A new article by `actor`, with a claim on the first occurrence of `phrase` in its text. */
export async function articleWithClaim(
  actor: Actor,
  article: CreateArticleOverrides & { text: string },
  phrase: string,
  fields: ClaimFields = {},
  extra: AnnotationExtras = {},
) {
  const created = await createArticle(actor, article);
  const { annotation, claim } = await claimPhrase(actor, created, phrase, fields, extra);
  return { ...created, annotation, claim };
}

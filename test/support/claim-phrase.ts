/**
 * Test data for claims (not used by the app): a phrase of an article annotated,
 * then made a claim of, through the real use cases, as an editor does in the
 * reader. Integration tests and e2e specs share it.
 */
import type { z } from "zod";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import type { TestArticle } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";

/** What the annotation carries besides the phrase; a NOTE with no body or tags unless given. */
export interface AnnotationExtras {
  body?: string;
  tags?: string[];
  kind?: "NOTE" | "CLAIM";
}

/** The claim's fields as a form would send them; the statement is the phrase unless given. */
export type ClaimFields = Partial<Omit<z.input<typeof CreateClaimInputSchema>, "annotationId">>;

/** Annotates the first occurrence of `phrase` in the article's version. */
export async function annotate(
  actor: Actor,
  { article, version }: TestArticle,
  phrase: string,
  extra: AnnotationExtras = {},
) {
  const start = version.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the article`);
  return createAnnotation(actor, {
    articleId: article.id,
    versionId: version.id,
    start,
    end: start + phrase.length,
    exact: phrase,
    kind: extra.kind ?? "NOTE",
    body: extra.body ?? "",
    tags: extra.tags ?? [],
  });
}

/** Annotates the first occurrence of `phrase` in the article and makes a claim of it, both by `actor`. */
export async function claimPhrase(
  actor: Actor,
  article: TestArticle,
  phrase: string,
  fields: ClaimFields = {},
  extra: AnnotationExtras = {},
) {
  const annotation = await annotate(actor, article, phrase, extra);
  const claim = await createClaim(
    actor,
    CreateClaimInputSchema.parse({ statement: phrase, ...fields, annotationId: annotation.id }),
  );
  return { annotation, claim };
}

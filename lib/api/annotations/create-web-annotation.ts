import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { locateSpan } from "@/lib/api/annotations/locate-span";
import type { Actor } from "@/lib/policy/actor";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";
import type { ParsedWebAnnotation } from "@/lib/exports/web-annotation";

export interface WebAnnotationInput {
  selectors: Pick<ParsedWebAnnotation, "exact" | "prefix" | "suffix" | "start" | "end" | "utf16Start" | "utf16End">;
  kind: AnnotationKind;
  body: string;
  tags: string[];
}

/**
 * Editors and up: annotates the latest version of an article from a Web
 * Annotation's selectors (see locateSpan), through createAnnotation, which
 * checks the span against the stored text, stores both selectors and audits.
 */
export async function createWebAnnotation(actor: Actor, articleId: string, input: WebAnnotationInput): Promise<{ id: string }> {
  authorize(actor, "annotation.create");
  const article = await db.article.findFirst({
    where: articleScope(actor, articleId),
    select: { id: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } } },
  });
  const version = article?.versions[0];
  if (!article || !version) throw new NotFoundError("Article");
  const { start, end } = locateSpan(version.text, input.selectors);
  return createAnnotation(actor, { articleId: article.id, versionId: version.id, start, end, exact: input.selectors.exact, kind: input.kind, body: input.body, tags: input.tags });
}

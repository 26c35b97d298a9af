import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { lockArticle } from "@/lib/article-versions/lock-article";
import { versionText } from "@/lib/article-versions/version-text";
import { insertAnnotation } from "@/lib/annotations/create-annotation";
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
 * Annotation's selectors (see locateSpan), through insertAnnotation, which
 * checks the span against the stored text, stores both selectors and audits.
 * One transaction: the article is locked (shared) before its latest version
 * is read, so the span is located in the text it is stored against; the text
 * comes from the per-process cache of immutable versions (versionText).
 */
export async function createWebAnnotation(
  actor: Actor,
  articleId: string,
  input: WebAnnotationInput,
): Promise<{ id: string }> {
  authorize(actor, "annotation.create");
  return db.$transaction(async (tx) => {
    const article = await lockArticle(tx, actor, articleId, "share");
    const text = await versionText(tx, actor.workspaceId, article.latestVersionId);
    const { start, end } = locateSpan(text, input.selectors);
    const annotation = {
      articleId: article.id,
      versionId: article.latestVersionId,
      start,
      end,
      exact: input.selectors.exact,
      kind: input.kind,
      body: input.body,
      tags: input.tags,
    };
    return insertAnnotation(tx, actor, annotation, article);
  });
}

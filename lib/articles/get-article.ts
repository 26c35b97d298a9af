import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { findAnnotationsForVersion, type AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { Actor } from "@/lib/policy/actor";

export interface ArticleVersionSummaryDto {
  id: string;
  number: number;
  createdAt: Date;
  sha256: string;
}

export interface ArticleReaderDto {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string | null;
  versions: ArticleVersionSummaryDto[];
  version: ArticleVersionSummaryDto & { text: string; isLatest: boolean };
  annotations: AnnotationDto[];
}

/**
 * Any member: an article with one of its versions (the latest unless a
 * number is given) and the annotations anchored on that version.
 */
export async function getArticle(actor: Actor, articleId: string, versionNumber?: number): Promise<ArticleReaderDto> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({
    where: articleScope(actor, articleId),
    select: {
      id: true,
      title: true,
      outlet: true,
      author: true,
      url: true,
      publishedAt: true,
      language: true,
      versions: { select: { id: true, number: true, createdAt: true, sha256: true }, orderBy: { number: "desc" } },
    },
  });
  if (!article || article.versions.length === 0) throw new NotFoundError("Article");
  const latest = article.versions[0]!;
  const chosen = versionNumber === undefined ? latest : article.versions.find((v) => v.number === versionNumber);
  if (!chosen) throw new NotFoundError("Article version");
  // independent reads: one round trip's wait instead of two
  const [{ text }, annotations] = await Promise.all([
    db.articleVersion.findUniqueOrThrow({ where: { id: chosen.id }, select: { text: true } }),
    findAnnotationsForVersion(actor, { articleId: article.id, versionId: chosen.id, isLatest: chosen.id === latest.id }),
  ]);
  return { ...article, version: { ...chosen, text, isLatest: chosen.id === latest.id }, annotations };
}

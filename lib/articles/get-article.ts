import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope, articleVersionScope } from "@/lib/articles/scope";
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
  // The latest version is the usual read: its text and annotations are asked for together with
  // the article, not after it (an article with a thousand annotations waits for one statement fewer).
  const latestRead = versionNumber === undefined ? readLatestVersion(actor, articleId) : null;
  latestRead?.catch(() => {}); // awaited below; no unhandled rejection if the article read fails first
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
  const isLatest = chosen.id === latest.id;
  // Read by id unless the latest read matches the chosen version (a version imported between the reads does not).
  const fromLatest = await latestRead;
  const read =
    fromLatest?.versionId === chosen.id
      ? fromLatest
      : await readVersion(actor, article.id, { id: chosen.id, isLatest });
  return { ...article, version: { ...chosen, text: read.text, isLatest }, annotations: read.annotations };
}

interface VersionRead {
  versionId: string;
  text: string;
  annotations: AnnotationDto[];
}

/** The latest version's text and annotations, or null if they were not read on the same version. */
async function readLatestVersion(actor: Actor, articleId: string): Promise<VersionRead | null> {
  const [version, found] = await Promise.all([
    db.articleVersion.findFirst({
      where: { ...articleVersionScope(actor), articleId },
      orderBy: { number: "desc" },
      select: { id: true, text: true },
    }),
    findAnnotationsForVersion(actor, { articleId, version: "latest" }),
  ]);
  if (!version || (found.versionId !== null && found.versionId !== version.id)) return null;
  return { versionId: version.id, text: version.text, annotations: found.annotations };
}

async function readVersion(
  actor: Actor,
  articleId: string,
  version: { id: string; isLatest: boolean },
): Promise<VersionRead> {
  const [{ text }, found] = await Promise.all([
    db.articleVersion.findUniqueOrThrow({ where: { id: version.id }, select: { text: true } }),
    findAnnotationsForVersion(actor, { articleId, version }),
  ]);
  return { versionId: version.id, text, annotations: found.annotations };
}

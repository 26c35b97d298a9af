/**
 * An article's annotation container as the Web Annotation Protocol serves it:
 * an LDP BasicContainer that is also an AnnotationCollection, paged in
 * AnnotationPages of CONTAINER_PAGE_SIZE, oldest first (a stable order, so
 * page n keeps meaning the same annotations while none are deleted). An empty
 * container has no pages at all: no `first`, no `last`.
 *
 * Page addresses: `<container>?page=<n>` with whole annotations,
 * `<container>?iris=1&page=<n>` with only their IRIs.
 */
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { annotationScope } from "@/lib/annotations/scope";
import { findApiAnnotationsByIds } from "@/lib/api/annotations/load-api-annotations";
import type { Actor } from "@/lib/policy/actor";
import type { ContainerView } from "./negotiation";
import { toProtocolAnnotation } from "./protocol-annotations";
import { CONTAINER_CONTEXT, CONTAINER_PAGE_SIZE, containerIri } from "./vocab";

export interface ContainerRequest {
  origin: string;
  view: ContainerView;
  /** a page of the container instead of the container itself */
  page?: number;
}

export function pageIri(container: string, page: number, iris: boolean): string {
  return `${container}?${iris ? "iris=1&" : ""}page=${page}`;
}

/** Any member: the container of the article (view: which representation), or one of its pages (404 beyond the last). */
export async function readAnnotationContainer(actor: Actor, articleId: string, request: ContainerRequest) {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({
    where: articleScope(actor, articleId),
    select: { id: true, title: true },
  });
  if (!article) throw new NotFoundError("Article");
  const where = { ...annotationScope(actor), articleId: article.id };
  const [total, latest] = await Promise.all([
    db.annotation.count({ where }),
    db.annotation.aggregate({ where, _max: { updatedAt: true } }),
  ]);
  const container = containerIri(request.origin, article.id);
  const pages = Math.ceil(total / CONTAINER_PAGE_SIZE);
  const iris = request.view === "iris";

  if (request.page !== undefined) {
    if (request.page >= pages) throw new NotFoundError(); // no such page (an empty container has none)
    return {
      "@context": [...CONTAINER_CONTEXT],
      ...(await readPage(actor, where, { container, page: request.page, pages, iris, origin: request.origin })),
    };
  }
  const collection = {
    "@context": [...CONTAINER_CONTEXT],
    id: container,
    type: ["BasicContainer", "AnnotationCollection"],
    label: `Annotations of “${article.title}”`,
    total,
    ...(latest._max.updatedAt ? { modified: latest._max.updatedAt.toISOString() } : {}),
  };
  if (total === 0) return collection;
  const last = pageIri(container, pages - 1, iris);
  if (request.view === "minimal") return { ...collection, first: pageIri(container, 0, iris), last };
  return {
    ...collection,
    first: await readPage(actor, where, { container, page: 0, pages, iris, origin: request.origin }),
    last,
  };
}

async function readPage(
  actor: Actor,
  where: object,
  at: { container: string; page: number; pages: number; iris: boolean; origin: string },
) {
  const rows = await db.annotation.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: at.page * CONTAINER_PAGE_SIZE,
    take: CONTAINER_PAGE_SIZE,
    select: { id: true, canonical: true, via: true },
  });
  const fields = new Map(rows.map((row) => [row.id, row]));
  const items = at.iris
    ? rows.map((row) => `${at.container}${row.id}`)
    : (
        await findApiAnnotationsByIds(
          actor,
          rows.map((row) => row.id),
          { origin: at.origin },
        )
      ).map((item) => toProtocolAnnotation(item, fields.get(item.annotation.id)!, at.container));
  return {
    id: pageIri(at.container, at.page, at.iris),
    type: "AnnotationPage",
    partOf: at.container,
    startIndex: at.page * CONTAINER_PAGE_SIZE,
    items,
    ...(at.page + 1 < at.pages ? { next: pageIri(at.container, at.page + 1, at.iris) } : {}),
    ...(at.page > 0 ? { prev: pageIri(at.container, at.page - 1, at.iris) } : {}),
  };
}

/**
 * The annotations of an article's container, as the Web Annotation Protocol
 * serves and accepts them. Reads go through the API's loaders, writes through
 * the annotation use cases (authorization, span checks, audit); here only
 * what the protocol adds: addresses inside the container, `canonical` kept
 * as the client gave it, a client's `id` kept as `via`, and refusals of
 * anything that is not an annotation of this article's text as 400.
 */
import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { annotationScope, annotationScopeIncludingDeleted } from "@/lib/annotations/scope";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { BadRequestError } from "@/lib/api/http/api-errors";
import { getApiAnnotation } from "@/lib/api/annotations/load-api-annotations";
import { locateSpan } from "@/lib/api/annotations/locate-span";
import { findQuote, newSearchRun } from "@/lib/anchoring";
import type { WebAnnotationInput } from "@/lib/api/annotations/create-web-annotation";
import { readWebAnnotation } from "@/lib/api/annotations/read-web-annotation";
import { replaceWebAnnotation } from "@/lib/api/annotations/replace-web-annotation";
import { toApiWebAnnotation, type ApiAnnotation } from "@/lib/api/annotations/to-api-web-annotation";
import { WEB_ANNOTATION_CONTEXT } from "@/lib/exports/web-annotation-vocab";
import type { Actor } from "@/lib/policy/actor";
import { containerIri } from "./vocab";

/** What the protocol stores besides the annotation itself. */
export interface ProtocolFields {
  canonical: string | null;
  via: string | null;
}

/** One annotation as the container serves it: its IRI inside the container, its canonical IRI (the client's, else ours), and `via`. */
export function toProtocolAnnotation(item: ApiAnnotation, fields: ProtocolFields, container: string) {
  const served = toApiWebAnnotation(item, `${container}${item.annotation.id}`);
  return { ...served, canonical: fields.canonical ?? served.canonical, ...(fields.via ? { via: fields.via } : {}) };
}

/** Any member: one live annotation of the article's container, with its JSON-LD context. */
export async function loadProtocolAnnotation(actor: Actor, articleId: string, annotationId: string, origin: string) {
  const fields = await db.annotation.findFirst({
    where: { ...annotationScope(actor, annotationId), articleId },
    select: { canonical: true, via: true },
  });
  if (!fields) throw new NotFoundError("Annotation");
  const item = await getApiAnnotation(actor, annotationId, { origin });
  return {
    "@context": [...WEB_ANNOTATION_CONTEXT],
    ...toProtocolAnnotation(item, fields, containerIri(origin, articleId)),
  };
}

/** true when an annotation of the article with this id was deleted (the protocol's 410 Gone rather than 404). */
export async function wasDeleted(actor: Actor, articleId: string, annotationId: string): Promise<boolean> {
  const row = await db.annotation.findFirst({
    where: { ...annotationScopeIncludingDeleted(actor, annotationId), articleId, deletedAt: { not: null } },
    select: { id: true },
  });
  return row !== null;
}

/**
 * Editors and up: a new annotation of the article's latest text from a posted
 * Web Annotation (TextQuoteSelector, optionally a TextPositionSelector; a
 * quote alone is placed where it occurs once, see locateSpan). The server
 * mints the IRI; the client's `id` is kept as `via`, its `canonical` as given.
 */
export async function createProtocolAnnotation(
  actor: Actor,
  articleId: string,
  json: Record<string, unknown>,
): Promise<{ id: string }> {
  authorize(actor, "annotation.create");
  const input = readWebAnnotation(json);
  const article = await db.article.findFirst({
    where: articleScope(actor, articleId),
    select: {
      id: true,
      url: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } },
    },
  });
  const version = article?.versions[0];
  if (!article || !version) throw new NotFoundError("Article");
  requireThisArticle(json, article);
  const canonical = optionalIri(json.canonical, "canonical");
  const via = optionalIri(json.id, "id");
  return asBadRequest(async () => {
    const { start, end } = placeTarget(version.text, input.selectors);
    return createAnnotation(actor, {
      articleId: article.id,
      versionId: version.id,
      start,
      end,
      exact: input.selectors.exact,
      kind: input.kind,
      body: input.body,
      tags: input.tags,
      canonical,
      via,
    });
  });
}

/**
 * The author (or an admin): replaces an annotation's note, tags and
 * motivation with the ones sent (PUT of the whole annotation). Its target
 * and its canonical IRI cannot change.
 */
export async function replaceProtocolAnnotation(
  actor: Actor,
  articleId: string,
  annotationId: string,
  json: Record<string, unknown>,
  origin: string,
): Promise<void> {
  const current = await loadProtocolAnnotation(actor, articleId, annotationId, origin);
  const input = readWebAnnotation(json);
  const article = await db.article.findFirstOrThrow({
    where: articleScope(actor, articleId),
    select: { id: true, url: true },
  });
  requireThisArticle(json, article);
  if (json.canonical !== undefined && json.canonical !== current.canonical) {
    throw new BadRequestError("The canonical IRI of an annotation cannot change.", {
      canonical: [`Must stay ${current.canonical}.`],
    });
  }
  await asBadRequest(() => replaceWebAnnotation(actor, annotationId, input));
}

/** The author (or an admin): deletes an annotation of the article's container (a published passage needs a correction note). */
export async function deleteProtocolAnnotation(
  actor: Actor,
  articleId: string,
  annotationId: string,
  correctionNote: string | undefined,
): Promise<void> {
  const row = await db.annotation.findFirst({
    where: { ...annotationScope(actor, annotationId), articleId },
    select: { id: true },
  });
  if (!row) throw new NotFoundError("Annotation");
  await deleteAnnotation(actor, { annotationId: row.id, correctionNote });
}

/**
 * Where the posted selectors point in the article's current text: a
 * TextPositionSelector (or Factdesk's UTF-16 offsets) as given, a quote where
 * it occurs once or where its prefix and suffix match exactly (locateSpan);
 * a quote found several times whose context matches none exactly is placed
 * by lib/anchoring's quote search, which ranks the occurrences by how well
 * their context matches and refuses to guess between near-equal ones. Only
 * exact occurrences count: a client names a passage on purpose.
 */
function placeTarget(text: string, selectors: WebAnnotationInput["selectors"]): { start: number; end: number } {
  try {
    return locateSpan(text, selectors);
  } catch (refusal) {
    const quoteOnly = selectors.start === undefined && selectors.utf16Start === undefined;
    if (!quoteOnly || !(refusal instanceof InvalidInputError)) throw refusal;
    const found = findQuote(
      text,
      { exact: selectors.exact, prefix: selectors.prefix, suffix: selectors.suffix, hint: 0 },
      [],
      newSearchRun(text, 0),
    );
    if (found.kind !== "found" || text.slice(found.start, found.end) !== selectors.exact) throw refusal;
    return { start: found.start, end: found.end };
  }
}

/**
 * The target must be this article: its original address, or any of
 * Factdesk's addresses of it (its page, its container, its API URL). An
 * annotation of another document is the request's mistake.
 */
function requireThisArticle(json: Record<string, unknown>, article: { id: string; url: string | null }): void {
  const target = [json.target].flat()[0] as { source?: unknown } | undefined;
  const source = typeof target?.source === "string" ? target.source : "";
  if (source === article.url || source.split(/[/#?]/).includes(article.id)) return;
  throw new BadRequestError("The target's source is not this article: use its own URL or its container's IRI.", {
    "target.source": ["Not this article."],
  });
}

function optionalIri(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.length > 2000 || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) {
    throw new BadRequestError("The annotation's id and canonical must be absolute IRIs.", {
      [field]: ["Not an absolute IRI."],
    });
  }
  return value;
}

/** A selector that names no passage of this text is a malformed request in this protocol (400), not a conflict with stored data. */
async function asBadRequest<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidInputError && !(error instanceof BadRequestError))
      throw new BadRequestError(error.message, error.fieldErrors);
    throw error;
  }
}

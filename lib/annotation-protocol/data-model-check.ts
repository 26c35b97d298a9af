/**
 * The W3C Web Annotation Data Model's MUSTs, and the SHOULDs Factdesk holds
 * itself to, as one checker for every annotation, page and collection we
 * serve (the protocol container, the JSON API) or export (report files).
 * Pure; answers the problems found ("first.items[0].creator.id: missing"),
 * none when the document conforms. Tests apply it to everything we write.
 *
 * Checked: @context names anno.jsonld at the top; ids are absolute IRIs;
 * types; an Annotation has a target, each target with selectors has a
 * source, TextQuoteSelector has `exact`, TextPositionSelector whole
 * non-negative start <= end; SHOULDs: creator with an id, created and
 * modified as date-times, motivation; a collection has total and label, no
 * page when it is empty, first/last when not; a page has items (never
 * empty), partOf and startIndex.
 */
import { ANNO_CONTEXT } from "@/lib/exports/web-annotation-vocab";

type Json = Record<string, unknown>;

export function checkDataModel(document: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(document)) return ["(document): not a JSON object"];
  const context = [document["@context"]].flat();
  if (!context.includes(ANNO_CONTEXT)) problems.push(`@context: must include ${ANNO_CONTEXT}`);
  checkNode(document, "", problems);
  return problems;
}

function checkNode(node: Json, path: string, problems: string[]): void {
  const types = [node.type].flat();
  if (types.includes("AnnotationCollection")) checkCollection(node, path, problems);
  else if (types.includes("AnnotationPage")) checkPage(node, path, problems);
  else checkAnnotation(node, path, problems);
}

function checkCollection(collection: Json, path: string, problems: string[]): void {
  const at = prefix(path);
  requireIri(collection.id, `${at}id`, problems);
  if (typeof collection.total !== "number") problems.push(`${at}total: missing (SHOULD)`);
  if (collection.label === undefined) problems.push(`${at}label: missing (SHOULD)`);
  if (collection.total === 0) {
    if (collection.first !== undefined) problems.push(`${at}first: an empty collection must have no page`);
    if (collection.last !== undefined) problems.push(`${at}last: an empty collection must have no page`);
    return;
  }
  if (collection.first === undefined) problems.push(`${at}first: missing for a collection with annotations`);
  else if (isObject(collection.first)) checkPage(collection.first, `${at}first`, problems, collection.id);
  else requireIri(collection.first, `${at}first`, problems);
  if (collection.last !== undefined)
    requireIri(isObject(collection.last) ? collection.last.id : collection.last, `${at}last`, problems);
  else problems.push(`${at}last: missing (SHOULD)`);
}

function checkPage(page: Json, path: string, problems: string[], collectionId?: unknown): void {
  const at = prefix(path);
  requireIri(page.id, `${at}id`, problems);
  if (![page.type].flat().includes("AnnotationPage")) problems.push(`${at}type: must be AnnotationPage`);
  if (!Array.isArray(page.items)) problems.push(`${at}items: missing`);
  else if (page.items.length === 0) problems.push(`${at}items: a page must never be empty`);
  else
    page.items.forEach((item, i) =>
      typeof item === "string"
        ? requireIri(item, `${at}items[${i}]`, problems)
        : isObject(item)
          ? checkAnnotation(item, `${at}items[${i}]`, problems)
          : problems.push(`${at}items[${i}]: not an annotation`),
    );
  const partOf = isObject(page.partOf) ? page.partOf.id : page.partOf;
  if (partOf === undefined) problems.push(`${at}partOf: missing (SHOULD)`);
  else {
    requireIri(partOf, `${at}partOf`, problems);
    if (collectionId !== undefined && partOf !== collectionId) problems.push(`${at}partOf: must name the collection`);
  }
  if (!Number.isInteger(page.startIndex) || (page.startIndex as number) < 0)
    problems.push(`${at}startIndex: missing or not a whole number (SHOULD)`);
  for (const link of ["next", "prev"] as const)
    if (page[link] !== undefined)
      requireIri(isObject(page[link]) ? page[link].id : page[link], `${at}${link}`, problems);
}

function checkAnnotation(annotation: Json, path: string, problems: string[]): void {
  const at = prefix(path);
  requireIri(annotation.id, `${at}id`, problems);
  if (![annotation.type].flat().includes("Annotation")) problems.push(`${at}type: must include Annotation`);
  if (annotation.motivation === undefined) problems.push(`${at}motivation: missing (SHOULD)`);
  const creator = [annotation.creator].flat()[0];
  if (!isObject(creator)) problems.push(`${at}creator: missing or not an agent with an id (SHOULD)`);
  else requireIri(creator.id, `${at}creator.id`, problems);
  for (const field of ["created", "modified"] as const) {
    const value = annotation[field];
    if (typeof value !== "string" || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value))
      problems.push(`${at}${field}: missing or not an xsd:dateTime (SHOULD)`);
  }
  const targets = [annotation.target].flat().filter((t) => t !== undefined);
  if (targets.length === 0) problems.push(`${at}target: missing`);
  targets.forEach((target, i) => checkTarget(target, `${at}target${targets.length > 1 ? `[${i}]` : ""}`, problems));
  for (const [i, body] of [annotation.body].flat().entries()) {
    if (body === undefined || typeof body === "string") continue;
    if (!isObject(body)) problems.push(`${at}body[${i}]: not a resource`);
    else if (body.type === "TextualBody" && typeof body.value !== "string")
      problems.push(`${at}body[${i}].value: a TextualBody must have a value`);
  }
}

function checkTarget(target: unknown, path: string, problems: string[]): void {
  if (typeof target === "string") return requireIri(target, path, problems);
  if (!isObject(target)) return void problems.push(`${path}: not a resource`);
  if (target.selector === undefined) return requireIri(target.id ?? target.source, path, problems);
  requireIri(target.source, `${path}.source`, problems);
  if (target.scope !== undefined) requireIri(target.scope, `${path}.scope`, problems);
  for (const [i, selector] of [target.selector].flat().entries()) {
    const at = `${path}.selector[${i}]`;
    if (!isObject(selector)) {
      problems.push(`${at}: not a selector`);
      continue;
    }
    if (selector.type === "TextQuoteSelector" && (typeof selector.exact !== "string" || selector.exact === ""))
      problems.push(`${at}.exact: required`);
    if (selector.type === "TextPositionSelector") {
      const { start, end } = selector;
      if (
        !Number.isInteger(start) ||
        !Number.isInteger(end) ||
        (start as number) < 0 ||
        (end as number) < (start as number)
      )
        problems.push(`${at}: start and end must be whole numbers, 0 <= start <= end`);
    }
  }
}

function requireIri(value: unknown, path: string, problems: string[]): void {
  if (typeof value !== "string" || !/^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value))
    problems.push(`${path}: missing or not an absolute IRI`);
}

const prefix = (path: string) => (path ? `${path}.` : "");

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

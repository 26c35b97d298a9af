/**
 * Reads a W3C Web Annotation file (ours or another tool's) into plain
 * annotations for lib/reports to import. Pure: no article lookup, no DB; the
 * importer matches `source` to an article and checks the quote against its text.
 *
 * Accepts an AnnotationCollection with its first page embedded, an
 * AnnotationPage, a single Annotation, or an array of Annotations. Bad input
 * throws InvalidInputError whose fieldErrors are keyed by JSON path
 * ("first.items[3].target.selector").
 */
import { z } from "zod";
import { InvalidInputError, type FieldErrors } from "@/lib/errors";
import { isRealIsoDate } from "@/lib/validation/date-field";
import { formatPath, joinPath } from "./json-path";
import { MAX_IMPORTED_ANNOTATIONS, REPLYING, UTF16_END, UTF16_START } from "./web-annotation-vocab";

export interface ParsedWebAnnotationReply {
  sourceId?: string;
  body: string;
  creatorName?: string;
  created?: Date;
  modified?: Date;
}

export interface ParsedWebAnnotation {
  /** the annotation's own id (IRI) in the file, when it has one */
  sourceId?: string;
  /** target.source: the annotated document's IRI */
  source: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** TextPositionSelector, Unicode code points, end exclusive */
  start?: number;
  end?: number;
  /** the same span in UTF-16 code units, when the file carries Factdesk's extension */
  utf16Start?: number;
  utf16End?: number;
  /** Markdown; several textual bodies are joined by a blank line */
  body: string;
  tags: string[];
  kind: "NOTE" | "CLAIM";
  creatorName?: string;
  created?: Date;
  modified?: Date;
  replies: ParsedWebAnnotationReply[];
}

type Issue = { path: string; message: string };

const asArray = (value: unknown) => (value === undefined || Array.isArray(value) ? value : [value]);
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const TypeField = z.union([z.string(), z.array(z.string())]);
const Offset = z.number().int().nonnegative();
const DateTime = z
  .string()
  .refine(isRealIsoDate, "must be an ISO 8601 date-time")
  .transform((v) => new Date(v));
const Text = (max: number) => z.string().max(max, `must have at most ${max} characters`);

const ItemSchema = z.looseObject({
  id: Text(2_000).min(1).optional(),
  type: TypeField.refine((t) => [t].flat().includes("Annotation"), 'must be "Annotation"'),
  motivation: z.preprocess(asArray, z.array(z.string())).optional(),
  body: z
    .preprocess(
      asArray,
      z.array(z.union([z.string(), z.looseObject({ value: Text(20_000).optional(), purpose: z.string().optional() })])),
    )
    .optional(),
  bodyValue: Text(20_000).optional(),
  creator: z
    .preprocess(
      firstOf,
      z.union([z.string(), z.looseObject({ name: Text(200).optional(), nickname: Text(200).optional() })]),
    )
    .optional(),
  created: DateTime.optional(),
  modified: DateTime.optional(),
  target: z.unknown(),
});
type Item = z.infer<typeof ItemSchema>;

const SpanTargetSchema = z.looseObject({
  source: z.url({ message: "must be an IRI" }),
  selector: z.preprocess(asArray, z.array(z.looseObject({ type: z.string() }))),
});

const QuoteSchema = z.looseObject({
  exact: Text(10_000).min(1, "must not be empty"),
  prefix: Text(2_000).optional(),
  suffix: Text(2_000).optional(),
});

const PositionSchema = z
  .looseObject({ start: Offset, end: Offset, [UTF16_START]: Offset.optional(), [UTF16_END]: Offset.optional() })
  .refine((s) => s.start <= s.end, { path: ["end"], message: "must not be before start" })
  .refine((s) => (s[UTF16_START] === undefined) === (s[UTF16_END] === undefined), {
    path: [UTF16_END],
    message: `give ${UTF16_START} and ${UTF16_END} together`,
  })
  .refine((s) => s[UTF16_START] === undefined || s[UTF16_END] === undefined || s[UTF16_START] <= s[UTF16_END], {
    path: [UTF16_END],
    message: `must not be before ${UTF16_START}`,
  });

/** Parses a Web Annotation document; throws InvalidInputError listing every problem found. */
export function parseWebAnnotations(json: unknown): ParsedWebAnnotation[] {
  const { items, path } = locateItems(json);
  if (items.length > MAX_IMPORTED_ANNOTATIONS) {
    throw new InvalidInputError(
      `The file holds ${items.length.toLocaleString("en")} annotations; at most ${MAX_IMPORTED_ANNOTATIONS.toLocaleString("en")} can be imported at once. Split it into smaller files.`,
      { [path || "(document)"]: [`at most ${MAX_IMPORTED_ANNOTATIONS} annotations`] },
    );
  }
  const issues: Issue[] = [];
  const annotations = new Map<string, ParsedWebAnnotation>();
  const parsed: ParsedWebAnnotation[] = [];
  const replies: { reply: ParsedWebAnnotationReply; parentId: string; path: string }[] = [];
  const replyParents = new Map<string, string>();

  items.forEach((raw, index) => {
    const itemPath = path === "" && items.length === 1 && !Array.isArray(json) ? "" : joinPath(path, `[${index}]`);
    const item = check(ItemSchema, raw, itemPath, issues);
    if (!item) return;
    if (item.id && (annotations.has(item.id) || replyParents.has(item.id))) {
      issues.push({ path: joinPath(itemPath, "id"), message: "appears twice in the file" });
      return;
    }
    const parentId = replyTargetOf(item);
    if (parentId !== null) {
      const reply = { sourceId: item.id, body: bodyOf(item).body, ...metaOf(item) };
      replies.push({ reply, parentId, path: joinPath(itemPath, "target") });
      if (item.id) replyParents.set(item.id, parentId);
      return;
    }
    const annotation = toParsedAnnotation(item, joinPath(itemPath, "target"), issues);
    if (!annotation) return;
    parsed.push(annotation);
    if (item.id) annotations.set(item.id, annotation);
  });

  for (const { reply, parentId, path: replyPath } of replies) {
    const root = annotations.get(rootOf(parentId, replyParents));
    if (root) root.replies.push(reply);
    else issues.push({ path: replyPath, message: "replies to an annotation that is not in this file" });
  }
  if (issues.length > 0) throw invalid(issues);
  return parsed;
}

/** Where the annotations are, and the JSON path of their array for messages. */
function locateItems(json: unknown): { items: unknown[]; path: string } {
  if (Array.isArray(json)) return { items: json, path: "" };
  if (!isObject(json)) throw invalid([{ path: "(document)", message: "expected a JSON object or array" }]);
  if (hasType(json, "AnnotationCollection")) {
    const first = json.first;
    // a collection without annotations has no page (the Data Model's rule, and what our export writes)
    if (first === undefined && json.total === 0) return { items: [], path: "first.items" };
    if (!isObject(first)) {
      throw invalid([
        {
          path: "first",
          message: "the first AnnotationPage must be embedded in the file (linked pages are not fetched)",
        },
      ]);
    }
    if (first.next !== undefined) {
      throw invalid([
        {
          path: "first.next",
          message: "only collections whose annotations all sit in the embedded first page can be imported",
        },
      ]);
    }
    return { items: itemsOf(first, "first.items"), path: "first.items" };
  }
  if (hasType(json, "AnnotationPage")) return { items: itemsOf(json, "items"), path: "items" };
  if (hasType(json, "Annotation")) return { items: [json], path: "" };
  throw invalid([{ path: "type", message: "expected an AnnotationCollection, AnnotationPage or Annotation" }]);
}

function itemsOf(page: Record<string, unknown>, path: string): unknown[] {
  if (!Array.isArray(page.items)) throw invalid([{ path, message: "expected an array of annotations" }]);
  return page.items;
}

/** A reply is a "replying" annotation whose target is another annotation (an IRI, not a text span). */
function replyTargetOf(item: Item): string | null {
  if (!item.motivation?.includes(REPLYING)) return null;
  const target = firstOf(item.target);
  if (typeof target === "string") return target;
  if (isObject(target) && target.selector === undefined) {
    const id = target.id ?? target.source;
    if (typeof id === "string") return id;
  }
  return null;
}

/** Factdesk replies are flat: a reply to a reply joins the thread of the annotation at its root. */
function rootOf(id: string, replyParents: Map<string, string>): string {
  let current = id;
  for (let hops = 0; replyParents.has(current) && hops <= replyParents.size; hops++)
    current = replyParents.get(current)!;
  return current;
}

function toParsedAnnotation(item: Item, targetPath: string, issues: Issue[]): ParsedWebAnnotation | null {
  if (item.target === undefined) {
    issues.push({ path: targetPath, message: "is required" });
    return null;
  }
  if (Array.isArray(item.target) && item.target.length !== 1) {
    issues.push({ path: targetPath, message: "give exactly one target per annotation" });
    return null;
  }
  const target = check(SpanTargetSchema, firstOf(item.target), targetPath, issues);
  if (!target) return null;
  const selectorPath = joinPath(targetPath, "selector");
  const quoteIndex = target.selector.findIndex((s) => s.type === "TextQuoteSelector");
  if (quoteIndex < 0) {
    issues.push({ path: selectorPath, message: "a TextQuoteSelector is required" });
    return null;
  }
  const quote = check(QuoteSchema, target.selector[quoteIndex], joinPath(selectorPath, `[${quoteIndex}]`), issues);
  const positionIndex = target.selector.findIndex((s) => s.type === "TextPositionSelector");
  const position =
    positionIndex < 0
      ? undefined
      : check(PositionSchema, target.selector[positionIndex], joinPath(selectorPath, `[${positionIndex}]`), issues);
  if (!quote || position === null) return null;
  const motivations = item.motivation ?? [];
  return {
    ...(item.id ? { sourceId: item.id } : {}),
    source: target.source,
    exact: quote.exact,
    prefix: quote.prefix ?? "",
    suffix: quote.suffix ?? "",
    ...(position ? { start: position.start, end: position.end } : {}),
    ...(position?.[UTF16_START] !== undefined
      ? { utf16Start: position[UTF16_START], utf16End: position[UTF16_END] }
      : {}),
    ...bodyOf(item),
    kind: motivations.includes("highlighting") ? "CLAIM" : "NOTE",
    ...metaOf(item),
    replies: [],
  };
}

/**
 * Textual bodies with purpose "tagging" become tags; every other textual body
 * (and bodyValue) becomes the note. Bodies that are links to other resources
 * have no place in a Factdesk note and are skipped.
 */
function bodyOf(item: Item): { body: string; tags: string[] } {
  const notes: string[] = item.bodyValue ? [item.bodyValue] : [];
  const tags: string[] = [];
  for (const body of item.body ?? []) {
    if (typeof body === "string" || body.value === undefined) continue;
    if (body.purpose === "tagging") tags.push(body.value);
    else notes.push(body.value);
  }
  return { body: notes.join("\n\n"), tags };
}

function metaOf(item: Item): Pick<ParsedWebAnnotation, "creatorName" | "created" | "modified"> {
  const creator = typeof item.creator === "object" ? (item.creator.name ?? item.creator.nickname) : undefined;
  return {
    ...(creator ? { creatorName: creator } : {}),
    ...(item.created ? { created: item.created } : {}),
    ...(item.modified ? { modified: item.modified } : {}),
  };
}

function check<T>(schema: z.ZodType<T>, value: unknown, path: string, issues: Issue[]): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    issues.push({ path: joinPath(path, formatPath(issue.path)), message: issue.message });
  return null;
}

function invalid(issues: Issue[]): InvalidInputError {
  const fieldErrors: FieldErrors = {};
  for (const { path, message } of issues.slice(0, 100)) (fieldErrors[path] ??= []).push(message);
  const shown = issues
    .slice(0, 3)
    .map((i) => `${i.path}: ${i.message}`)
    .join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return new InvalidInputError(`The annotation file is not valid: ${shown}${more}.`, fieldErrors);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return [value.type].flat().includes(type);
}

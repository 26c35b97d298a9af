import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { AnchorState, AnnotationKind } from "@/lib/generated/prisma/enums";

/**
 * The reader's annotations as they travel from the server page to the client
 * reader: every prop of a client component is written into the page twice
 * (rendered HTML and the serialized props), so a thousand annotations as
 * objects with repeated keys, author names, claim statements and quotes made
 * the page three times heavier than its text. Packed, each annotation is one
 * short array: names and claims are listed once and referred to by index, and
 * the quote is left out whenever it is just the text at its position.
 */
export interface PackedAnnotations {
  /** [userId, display name] */
  authors: [string, string][];
  /** [claimId, statement] */
  claims: [string, string][];
  rows: PackedRow[];
}

/**
 * [id, kind, start, end, anchor state, author, revision, replies, permissions,
 *  note start, tags, claims, exact, previous exact]
 * kind and state are indexes into KINDS and STATES; author and claims index the
 * tables above; permissions is a bit set (CAN_EDIT | CAN_DELETE); tags and claims
 * are 0 when empty; exact is 0 when it equals text.slice(start, end).
 */
export type PackedRow = [
  string,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  string,
  string[] | 0,
  number[] | 0,
  string | 0,
  string | 0,
];

const KINDS: readonly AnnotationKind[] = ["NOTE", "CLAIM"];
const STATES: readonly AnchorState[] = ["EXACT", "RELOCATED", "TEXT_CHANGED", "AMBIGUOUS", "ORPHANED"];
const CAN_EDIT = 1;
const CAN_DELETE = 2;

/** `text` is the text of the version the annotations are shown on. */
export function packAnnotations(annotations: AnnotationDto[], text: string): PackedAnnotations {
  const authors = new Indexer<string>();
  const claims = new Indexer<string>();
  const names = new Map<string, string>();
  const statements = new Map<string, string>();
  const rows = annotations.map((a): PackedRow => {
    names.set(a.authorId, a.authorName);
    a.claims.forEach((c) => statements.set(c.id, c.statement));
    return [
      a.id,
      KINDS.indexOf(a.kind),
      a.start,
      a.end,
      STATES.indexOf(a.anchorState),
      authors.of(a.authorId),
      a.revision,
      a.replyCount,
      (a.canEdit ? CAN_EDIT : 0) | (a.canDelete ? CAN_DELETE : 0),
      a.noteStart,
      a.tags.length ? a.tags : 0,
      a.claims.length ? a.claims.map((c) => claims.of(c.id)) : 0,
      text.slice(a.start, a.end) === a.exact ? 0 : a.exact,
      a.previousExact ?? 0,
    ];
  });
  return {
    authors: authors.values.map((id) => [id, names.get(id)!]),
    claims: claims.values.map((id) => [id, statements.get(id)!]),
    rows,
  };
}

export function unpackAnnotations(packed: PackedAnnotations, text: string): AnnotationDto[] {
  return packed.rows.map(
    ([
      id,
      kind,
      start,
      end,
      state,
      author,
      revision,
      replyCount,
      permissions,
      noteStart,
      tags,
      claims,
      exact,
      previousExact,
    ]) => {
      const [authorId, authorName] = packed.authors[author]!;
      return {
        id,
        kind: KINDS[kind]!,
        start,
        end,
        exact: exact === 0 ? text.slice(start, end) : exact,
        anchorState: STATES[state]!,
        previousExact: previousExact === 0 ? null : previousExact,
        noteStart,
        tags: tags === 0 ? [] : tags,
        authorId,
        authorName,
        revision,
        replyCount,
        canEdit: (permissions & CAN_EDIT) !== 0,
        canDelete: (permissions & CAN_DELETE) !== 0,
        claims: claims === 0 ? [] : claims.map((i) => ({ id: packed.claims[i]![0], statement: packed.claims[i]![1] })),
      };
    },
  );
}

/**
 * The packed annotations as one JSON string, the form the page hands the
 * reader: React's flight format copies a string prop as it is, but revives a
 * nested structure value by value (on the server, for the server-side render,
 * and again in the browser), and fourteen thousand little values were a
 * measurable part of rendering and hydrating an article with a thousand
 * annotations. JSON.parse reads the string back in one native pass.
 */
export function packAnnotationsJson(annotations: AnnotationDto[], text: string): string {
  return JSON.stringify(packAnnotations(annotations, text));
}

export function unpackAnnotationsJson(json: string, text: string): AnnotationDto[] {
  return unpackAnnotations(JSON.parse(json) as PackedAnnotations, text);
}

/** Numbers distinct values in order of first appearance. */
class Indexer<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  of(value: T): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.index.set(value, i);
    }
    return i;
  }
}

import { db, type Tx } from "@/lib/db/client";
import { InvalidInputError, NotFoundError, PayloadTooLargeError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { lockArticle } from "@/lib/article-versions/lock-article";
import { articleScope } from "@/lib/articles/scope";
import { NoteBodySchema, TagsSchema } from "@/lib/annotations/schemas";
import { parseWebAnnotations, type ParsedWebAnnotation } from "@/lib/exports/web-annotation";
import {
  isPlaced,
  placeImportedAnnotations,
  type PlacedAnnotation,
} from "@/lib/reports/import/place-imported-annotations";
import type { Actor } from "@/lib/policy/actor";

/** The largest annotation file accepted: 5 MiB. */
export const MAX_ANNOTATION_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ANNOTATION_FILE_LABEL = "5 MB";

export interface ImportWebAnnotationsInput {
  /** null when the form came without a file */
  file: { name: string; bytes: Uint8Array } | null;
  /** the article every annotation goes to; null: each goes to the article whose URL is its target source */
  articleId: string | null;
}

export interface ImportWebAnnotationsResult {
  annotations: number;
  replies: number;
  /** placed on text that differs from their quote (shown as "changed text" in the reader) */
  textChanged: number;
  articles: { id: string; title: string; annotations: number }[];
}

/**
 * Editors and up ("annotation.create"): imports a W3C Web Annotation file
 * (e.g. exported by another workspace) as annotations of this workspace,
 * authored by the importing editor, with the file's notes, tags, kinds,
 * replies and dates. All or nothing, in one transaction: a file that is too
 * large (413), malformed, has a source matching no article, or a quote that
 * cannot be placed is refused with the reasons, and nothing is written.
 * The original creators' names are kept in the audit event (one per article);
 * the app has no field for them, so they do not round-trip (see README).
 */
export async function importWebAnnotations(
  actor: Actor,
  input: ImportWebAnnotationsInput,
): Promise<ImportWebAnnotationsResult> {
  authorize(actor, "annotation.create");
  if (!input.file)
    throw new InvalidInputError("Choose a Web Annotation file to upload.", {
      file: ["Choose a .jsonld or .json file."],
    });
  const file = input.file;
  const annotations = readFile(file);
  checkContent(annotations);
  return db.$transaction(
    async (tx) => {
      const groups = await targetArticles(tx, actor, annotations, input.articleId);
      const result: ImportWebAnnotationsResult = { annotations: 0, replies: 0, textChanged: 0, articles: [] };
      const placed: { target: Target; placements: PlacedAnnotation[] }[] = [];
      const problems: string[] = [];
      for (const target of groups) {
        const placements = placeImportedAnnotations(target.text, target.items);
        placements
          .filter((p) => !isPlaced(p))
          .forEach((p) =>
            problems.push(
              `annotation ${p.index + 1} (“${short(annotations[p.index]!.exact)}”): ${p.state === "AMBIGUOUS" ? "matches several places" : "not found"} in “${target.title}”`,
            ),
          );
        placed.push({ target, placements: placements.filter(isPlaced) });
      }
      if (problems.length > 0)
        throw new InvalidInputError(
          `Nothing was imported: ${problems.length} annotation${problems.length === 1 ? "" : "s"} could not be placed. ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : "."}`,
          { file: problems.slice(0, 50) },
        );
      for (const { target, placements } of placed) {
        const written = await writeAnnotations(tx, actor, target, placements, annotations);
        result.annotations += written.annotations;
        result.replies += written.replies;
        result.textChanged += placements.filter((p) => p.state === "TEXT_CHANGED").length;
        result.articles.push({ id: target.id, title: target.title, annotations: written.annotations });
        await recordAuditEvent(tx, actor, {
          action: "annotations.imported",
          entityType: "Article",
          entityId: target.id,
          after: {
            file: file.name,
            annotationIds: written.ids,
            replies: written.replies,
            creators: [...new Set(target.items.map(({ annotation }) => annotation.creatorName ?? "unknown"))],
          },
        });
      }
      return result;
    },
    { timeout: 60_000 },
  );
}

function readFile(file: NonNullable<ImportWebAnnotationsInput["file"]>): ParsedWebAnnotation[] {
  if (file.bytes.byteLength > MAX_ANNOTATION_FILE_BYTES)
    throw new PayloadTooLargeError(
      `The file is larger than ${MAX_ANNOTATION_FILE_LABEL}. Split it into smaller files.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(file.bytes));
  } catch {
    throw new InvalidInputError("The file is not JSON (UTF-8). Choose a W3C Web Annotation JSON-LD file.", {
      file: ["Not a JSON file."],
    });
  }
  const annotations = parseWebAnnotations(json);
  if (annotations.length === 0)
    throw new InvalidInputError("The file holds no annotations.", { file: ["No annotations in this file."] });
  return annotations;
}

/** The app's own limits on notes, tags and replies, checked for the whole file before anything is written. */
function checkContent(annotations: ParsedWebAnnotation[]): void {
  const problems: string[] = [];
  annotations.forEach((a, i) => {
    const body = NoteBodySchema.safeParse(a.body);
    const tags = TagsSchema.safeParse(a.tags);
    if (!body.success) problems.push(`annotation ${i + 1}: ${body.error.issues[0]!.message}`);
    if (!tags.success) problems.push(`annotation ${i + 1}: ${tags.error.issues[0]!.message}`);
    else a.tags = tags.data;
    a.replies.forEach((r, j) => {
      if (!r.body.trim() || r.body.length > 10_000)
        problems.push(`annotation ${i + 1}, reply ${j + 1}: a reply needs 1 to 10,000 characters`);
    });
  });
  if (problems.length > 0)
    throw new InvalidInputError(
      `Nothing was imported: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : "."}`,
      { file: problems.slice(0, 50) },
    );
}

interface Target {
  id: string;
  title: string;
  versionId: string;
  text: string;
  items: { index: number; annotation: ParsedWebAnnotation }[];
}

/**
 * SECURITY: the articles the annotations go to, all in the actor's workspace
 * and locked (shared) so no new version replaces their text meanwhile. The
 * chosen article takes everything; otherwise each target source must be the
 * URL of exactly one live article.
 */
async function targetArticles(
  tx: Tx,
  actor: Actor,
  annotations: ParsedWebAnnotation[],
  articleId: string | null,
): Promise<Target[]> {
  const all = annotations.map((annotation, index) => ({ index, annotation }));
  if (articleId) return [await target(tx, actor, articleId, all)];
  const sources = [...new Set(annotations.map((a) => a.source))];
  const articles = await tx.article.findMany({
    where: { ...articleScope(actor), url: { in: sources } },
    select: { id: true, url: true },
  });
  const problems: string[] = [];
  const targets: Target[] = [];
  for (const source of sources) {
    const matches = articles.filter((a) => a.url === source);
    if (matches.length !== 1) {
      problems.push(
        `${source}: ${matches.length === 0 ? "no article of this workspace has this URL" : "several articles have this URL"}`,
      );
      continue;
    }
    targets.push(
      await target(
        tx,
        actor,
        matches[0]!.id,
        all.filter(({ annotation }) => annotation.source === source),
      ),
    );
  }
  if (problems.length > 0)
    throw new InvalidInputError(
      `Nothing was imported. Choose the article to import into, or import the article first: ${problems.slice(0, 3).join("; ")}.`,
      { articleId: problems.slice(0, 50) },
    );
  return targets;
}

async function target(tx: Tx, actor: Actor, articleId: string, items: Target["items"]): Promise<Target> {
  const article = await lockArticle(tx, actor, articleId, "share").catch((error) => {
    throw error instanceof NotFoundError ? new NotFoundError("Article") : error;
  });
  const version = await tx.articleVersion.findUniqueOrThrow({
    where: { id: article.latestVersionId },
    select: { text: true, article: { select: { title: true } } },
  });
  return {
    id: article.id,
    title: version.article.title,
    versionId: article.latestVersionId,
    text: version.text,
    items,
  };
}

async function writeAnnotations(
  tx: Tx,
  actor: Actor,
  target: Target,
  placements: PlacedAnnotation[],
  annotations: ParsedWebAnnotation[],
): Promise<{ ids: string[]; annotations: number; replies: number }> {
  const now = new Date();
  const rows = placements.map((p) => {
    const a = annotations[p.index]!;
    const created = a.created ?? now;
    return {
      workspaceId: actor.workspaceId,
      articleId: target.id,
      versionId: target.versionId,
      kind: a.kind,
      start: p.start,
      end: p.end,
      exact: p.exact,
      prefix: p.prefix,
      suffix: p.suffix,
      anchorState: p.state,
      previousExact: p.previousExact,
      body: a.body,
      tags: a.tags,
      authorId: actor.userId,
      createdAt: created,
      updatedAt: a.modified ?? created,
    };
  });
  const created = await tx.annotation.createManyAndReturn({
    data: rows,
    select: { id: true, start: true, end: true, exact: true },
  });
  // RETURNING gives rows in VALUES order; check rather than trust, since replies hang on these ids.
  created.forEach((row, i) => {
    if (row.start !== rows[i]!.start || row.end !== rows[i]!.end || row.exact !== rows[i]!.exact)
      throw new Error("createManyAndReturn returned rows out of order");
  });
  const replies = placements.flatMap((p, i) =>
    annotations[p.index]!.replies.map((r) => {
      const at = r.created ?? now;
      return {
        workspaceId: actor.workspaceId,
        annotationId: created[i]!.id,
        body: r.body,
        authorId: actor.userId,
        createdAt: at,
        updatedAt: r.modified ?? at,
      };
    }),
  );
  if (replies.length > 0) await tx.reply.createMany({ data: replies });
  return { ids: created.map((c) => c.id), annotations: created.length, replies: replies.length };
}

function short(text: string): string {
  const chars = [...text];
  return chars.length <= 40 ? text : `${chars.slice(0, 39).join("")}…`;
}

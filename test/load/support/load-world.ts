/**
 * The newsroom a load run works in, made with the project's factories and
 * real use cases: one workspace, N simulated editors each with their own API
 * token (the API limits each token to 600 requests a minute, as it would limit
 * N real people), and the project's test articles (test/articles).
 */
import { db } from "@/lib/db/client";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { describeSpan } from "@/lib/anchoring";
import { createArticle, createUser, createWorkspaceWithMembers } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";
import { testArticles } from "@/test/articles/test-articles";

export interface LoadEditor {
  index: number;
  userId: string;
  token: string;
}

export interface LoadArticle {
  id: string;
  versionId: string;
  text: string;
}

export interface LoadWorld {
  workspaceId: string;
  admin: Actor;
  editors: LoadEditor[];
  articles: LoadArticle[];
  /** AuditEvent.seq of the last event written before the load: everything after it is the run's */
  baselineSeq: bigint;
}

/** A rating of the default scale every workspace starts with. */
export const RATING_KEY = "MOSTLY_ACCURATE";

/**
 * Each simulated editor is a staff member who annotates, drafts verdicts and
 * reviews colleagues' verdicts (never their own: the four-eyes rule), so each
 * holds a REVIEWER token. API tokens are created by admins and act as them,
 * so every editor is an admin member who made their own REVIEWER token
 * through the real use case.
 */
export async function seedLoadWorld(editorCount: number, articleCopies = 2): Promise<LoadWorld> {
  const { workspace, actors } = await createWorkspaceWithMembers({ name: "Load desk" });
  const editors = await Promise.all(
    Array.from({ length: editorCount }, async (_, index): Promise<LoadEditor> => {
      const user = await createUser({ workspaceId: workspace.id, role: "ADMIN", name: `Load editor ${index + 1}` });
      const token = await createApiToken(
        { workspaceId: workspace.id, userId: user.id, role: "ADMIN" },
        { name: `load editor ${index + 1}`, role: "REVIEWER" },
      );
      return { index, userId: user.id, token: token.secret };
    }),
  );
  const articles: LoadArticle[] = [];
  for (let copy = 1; copy <= articleCopies; copy++) {
    for (const [n, text] of articleTexts().entries()) {
      const created = await createArticle(actors.EDITOR, {
        title: `Story ${n + 1}, copy ${copy}`,
        text: `${text}\n\nDesk copy ${copy}.`,
      });
      articles.push({ id: created.article.id, versionId: created.version.id, text: created.version.text });
    }
  }
  return { workspaceId: workspace.id, admin: actors.ADMIN, editors, articles, baselineSeq: await lastAuditSeq() };
}

export async function lastAuditSeq(): Promise<bigint> {
  const last = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return last?.seq ?? 0n;
}

/** The project's test articles (test/articles), trimmed. */
export function articleTexts(): string[] {
  return testArticles().map((a) => a.text.trim());
}

/** A random passage of 2 to 7 whole words, as UTF-16 offsets into `text`. */
export function randomPassage(text: string, random: () => number): { start: number; end: number; exact: string } {
  const words = [...text.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)];
  const first = Math.floor(random() * (words.length - 8));
  const last = first + 1 + Math.floor(random() * 6);
  const start = words[first]!.index;
  const end = words[last]!.index + words[last]![0].length;
  return { start, end, exact: text.slice(start, end) };
}

/**
 * An article with `count` annotations written straight into the database (a
 * fixture for the interrupted re-anchoring, where only the import under test
 * matters): every one a valid passage with its quote and context.
 */
export async function seedAnnotatedArticle(
  world: LoadWorld,
  count: number,
  random: () => number,
): Promise<LoadArticle> {
  const text = articleTexts().join("\n\n").repeat(3);
  const created = await createArticle(world.admin, { title: "Much-annotated story", text });
  const { id: articleId } = created.article;
  const { id: versionId, text: stored } = created.version;
  const rows = Array.from({ length: count }, () => {
    const { start, end } = randomPassage(stored, random);
    const { quote } = describeSpan(stored, start, end);
    return {
      workspaceId: world.workspaceId,
      articleId,
      versionId,
      start,
      end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      body: "Check this.",
      tags: [],
      authorId: world.admin.userId,
    };
  });
  await db.annotation.createMany({ data: rows });
  return { id: articleId, versionId, text: stored };
}

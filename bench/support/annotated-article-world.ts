/**
 * What a benchmark of the article page needs: a workspace, an editor with a
 * password (to sign in over HTTP), and the same long text twice, once with
 * many annotations (short and longer spans on word boundaries, placed at
 * random, so many overlap or nest) and once with none. Needs the app's
 * database client pointed at the bench database (useBenchDatabase) first.
 */
import { describeSpan } from "@/lib/anchoring";
import { longArticle } from "./long-article";
import { seeded } from "./seeded-random";

export interface AnnotatedArticleWorld {
  email: string;
  password: string;
  /** /w/<slug>/articles/<id> of the article with annotations */
  annotatedPath: string;
  /** the same text without any */
  plainPath: string;
}

export async function seedAnnotatedArticles(options: {
  annotations: number;
  articleSize: number;
  password: string;
  seed: number;
}): Promise<AnnotatedArticleWorld> {
  const { createArticle, createUser, createWorkspaceWithMembers } = await import("../../prisma/factories");
  const { db } = await import("@/lib/db/client");

  const { workspace, actors } = await createWorkspaceWithMembers({ name: "Article page bench" });
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: options.password });
  const author = { workspaceId: workspace.id, userId: editor.id };
  const text = longArticle(options.articleSize);
  const annotated = await createArticle(author, { title: `Bench: ${options.annotations} annotations`, text });
  const plain = await createArticle(author, { title: "Bench: no annotations", text });

  const stored = annotated.version.text;
  const words = [...stored.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const random = seeded(options.seed);
  const authors = [editor.id, actors.ADMIN.userId, actors.REVIEWER.userId];
  const rows = Array.from({ length: options.annotations }, (_, i) => {
    const length = random() < 0.3 ? 9 + Math.floor(random() * 22) : 1 + Math.floor(random() * 8);
    const first = Math.floor(random() * (words.length - length));
    const start = words[first]!.start;
    const end = words[first + length - 1]!.end;
    const { quote } = describeSpan(stored, start, end);
    return {
      workspaceId: workspace.id,
      articleId: annotated.article.id,
      versionId: annotated.version.id,
      kind: i % 3 === 1 ? ("CLAIM" as const) : ("NOTE" as const),
      start,
      end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      body: i % 4 === 0 ? "" : `Check this against the **original source** (${i}).`,
      tags: i % 5 === 0 ? ["casualties", "sources"] : [],
      authorId: authors[i % authors.length]!,
    };
  });
  const { count } = await db.annotation.createMany({ data: rows });
  if (count !== options.annotations) throw new Error(`Inserted ${count} annotations, expected ${options.annotations}`);
  // planner statistics as autovacuum leaves them shortly after a bulk insert
  await db.$executeRawUnsafe("ANALYZE");

  const base = `/w/${workspace.slug}/articles`;
  return {
    email: editor.email,
    password: options.password,
    annotatedPath: `${base}/${annotated.article.id}`,
    plainPath: `${base}/${plain.article.id}`,
  };
}

import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/text-import/import-limits";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getArticle } from "@/lib/articles/get-article";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, pageSchema } from "@/lib/api/http/wire";

export const ArticleSummarySchema = z
  .object({
    id: Id,
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: DateTime.nullable(),
    language: z.string().nullable(),
    latestVersion: z.number().int().describe("number of the latest version of the text"),
    createdAt: DateTime,
  })
  .meta({ id: "ArticleSummary" });

export const ArticleSchema = z
  .object({
    id: Id,
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: DateTime.nullable(),
    language: z.string().nullable(),
    versions: z
      .array(z.object({ number: z.number().int(), sha256: z.string(), createdAt: DateTime }))
      .describe("newest first"),
    version: z
      .object({ number: z.number().int(), sha256: z.string(), createdAt: DateTime, text: z.string() })
      .describe("the latest version with its canonical text (NFC, \\n line ends); annotation offsets refer to it"),
  })
  .meta({ id: "Article" });

const MetadataFields = {
  title: z
    .string()
    .max(300)
    .optional()
    .describe("defaults to what the content suggests (first line, <title>, # heading)"),
  outlet: z.string().max(120).optional(),
  author: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
  publishedAt: z.string().max(40).optional().describe("YYYY-MM-DD"),
  language: z.string().max(20).optional().describe("e.g. en, pt-BR"),
};

export const ImportArticleJsonSchema = z
  .object({
    format: z
      .enum(["text", "markdown", "html"])
      .default("text")
      .describe("how to read `content`: plain text, Markdown, or an HTML page (reduced to its article text)"),
    content: z.string().min(1),
    ...MetadataFields,
  })
  .meta({ id: "ImportArticle" });

/** Metadata for a raw text/markdown/html body, as query parameters. */
export const ImportArticleQuerySchema = z.object(MetadataFields);

const ArticleParams = z.object({ articleId: Id });

/** An article: its metadata and latest text (its ETag changes with a new version too). */
export const articleResource = defineResource({
  name: "Article",
  schema: ArticleSchema,
  table: "Article",
  idParam: "articleId",
  load: (actor, articleId) => getArticle(actor, articleId),
});

export const listArticlesRoute = defineRoute({
  method: "GET",
  path: "/articles",
  operationId: "listArticles",
  summary: "List articles, newest first",
  tag: "Articles",
  role: "VIEWER",
  query: PageQuerySchema,
  success: { status: 200, description: "A page of articles", schema: pageSchema(ArticleSummarySchema, "ArticlePage") },
  errors: [400],
});

export const importArticleRoute = defineRoute({
  method: "POST",
  path: "/articles",
  operationId: "importArticle",
  summary: "Import an article from text, Markdown or HTML",
  description:
    "Either a JSON body (`format`, `content`, metadata) or the raw content as text/plain, text/markdown or text/html with metadata in the query. " +
    "The content is reduced to canonical text exactly as in the import page.",
  tag: "Articles",
  role: "EDITOR",
  query: ImportArticleQuerySchema,
  body: {
    mediaTypes: {
      "application/json": ImportArticleJsonSchema,
      "text/plain": z.string(),
      "text/markdown": z.string(),
      "text/html": z.string(),
    },
    // the import limit plus room for JSON escaping
    maxBytes: MAX_IMPORT_BYTES + 1024 * 1024,
  },
  success: { status: 201, description: "The imported article (Location: its URL)", schema: ArticleSchema },
  errors: [400, 403, 413, 415, 422],
  creates: articleResource,
});

export const getArticleRoute = defineRoute({
  method: "GET",
  path: "/articles/{articleId}",
  operationId: "getArticle",
  summary: "Get an article with the text of its latest version",
  tag: "Articles",
  role: "VIEWER",
  params: ArticleParams,
  success: { status: 200, description: "The article", schema: ArticleSchema },
  errors: [404],
  resource: articleResource,
});

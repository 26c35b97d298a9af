import type { z } from "zod";
import type { ArticleSource } from "@/lib/text-import/import-source";
import type { MetadataFields } from "@/lib/articles/import-article";
import type { ImportArticleJsonSchema, ImportArticleQuerySchema } from "@/lib/api/articles/contracts";

type ImportBody =
  | { mediaType: "application/json"; value: z.output<typeof ImportArticleJsonSchema> }
  | { mediaType: "text/plain" | "text/markdown" | "text/html"; value: string };

const FILE_BY_FORMAT = {
  markdown: { name: "article.md", type: "text/markdown" },
  html: { name: "article.html", type: "text/html" },
} as const;

const FORMAT_BY_MEDIA_TYPE = { "text/plain": "text", "text/markdown": "markdown", "text/html": "html" } as const;

/**
 * Turns an API import request into the importer's own input: Markdown and
 * HTML go through the same path as an uploaded .md / .html file, so the API
 * and the import page produce the same canonical text.
 */
export function toImportSource(
  body: ImportBody,
  query: z.output<typeof ImportArticleQuerySchema>,
): { source: ArticleSource; fields: MetadataFields } {
  const { format, content, fields } =
    body.mediaType === "application/json"
      ? (({ format, content, ...metadata }) => ({ format, content, fields: metadata }))(body.value)
      : { format: FORMAT_BY_MEDIA_TYPE[body.mediaType], content: body.value, fields: query };
  if (format === "text") return { source: { kind: "text", text: content }, fields };
  const file = FILE_BY_FORMAT[format];
  return { source: { kind: "file", ...file, bytes: new TextEncoder().encode(content) }, fields };
}

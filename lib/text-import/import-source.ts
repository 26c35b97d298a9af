import { canonicalText } from "@/lib/text-import/canonical-text";
import { InvalidInputError } from "@/lib/errors";
import { detectUpload, type UploadFormat } from "./detect-upload";
import { fetchArticleUrl, type FetchArticleUrlOptions } from "./fetch-article-url";
import { extractFormat } from "./extract-format";
import { extractInWorker } from "./extract-in-worker";

/** What an editor gives to import an article. */
export type ArticleSource =
  | { kind: "text"; text: string }
  | { kind: "file"; name: string; type: string; bytes: Uint8Array }
  | { kind: "url"; url: string };
/** Alias of ArticleSource. */
export type ImportSource = ArticleSource;

/** Suggestions for the editable metadata form; absent keys are absent, never undefined. */
export interface SuggestedMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  url?: string;
  /** ISO 8601. */
  publishedAt?: string;
  language?: string;
}

export interface ExtractedArticle {
  /** Canonical text (canonicalText): what the article version stores and annotations address. */
  text: string;
  suggested: SuggestedMetadata;
}

export interface ExtractArticleOptions {
  fetch?: FetchArticleUrlOptions;
}

/**
 * Turns pasted text, an uploaded file or a URL into canonical article text and
 * suggested metadata. Pure apart from the URL fetch; stores nothing, so the
 * calling use case authorizes the actor and saves the result. Refusals are
 * InvalidInputError or PayloadTooLargeError.
 */
export async function extractArticle(
  source: ArticleSource,
  options: ExtractArticleOptions = {},
): Promise<ExtractedArticle> {
  const extracted = await extractBySource(source, options);
  const text = canonicalText(extracted.text);
  if (text.trim() === "") {
    const field = source.kind;
    throw new InvalidInputError("The article has no text.", { [field]: ["The article has no text."] });
  }
  if (text.includes("\u0000")) {
    // PostgreSQL text cannot hold it, and no article needs it
    const message = "The article contains a NUL character (U+0000), which cannot be stored. Remove it and try again.";
    throw new InvalidInputError(message, { [source.kind]: [message] });
  }
  return { text, suggested: extracted.suggested };
}

async function extractBySource(source: ArticleSource, options: ExtractArticleOptions): Promise<ExtractedArticle> {
  switch (source.kind) {
    case "text":
      return fromFormat("text", source.text);
    case "file": {
      const upload = detectUpload(source);
      return fromFormat(upload.format, upload.text);
    }
    case "url": {
      const page = await fetchArticleUrl(source.url, options.fetch);
      const format = FORMAT_BY_CONTENT_TYPE[page.contentType] ?? "text";
      const extracted = await fromFormat(format, page.body);
      return { text: extracted.text, suggested: { ...extracted.suggested, url: page.finalUrl } };
    }
    default: {
      const unknown: never = source;
      throw new InvalidInputError(`Unknown import source ${JSON.stringify(unknown)}.`);
    }
  }
}

const FORMAT_BY_CONTENT_TYPE: Record<string, UploadFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/markdown": "markdown",
  "text/plain": "text",
};

/** HTML and Markdown are parsed in a worker thread with memory and time limits (extract-in-worker.ts); plain text is cheap and stays here. */
function fromFormat(format: UploadFormat, content: string): Promise<ExtractedArticle> {
  return format === "text" ? Promise.resolve(extractFormat(format, content)) : extractInWorker(format, content);
}

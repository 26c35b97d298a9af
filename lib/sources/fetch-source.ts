import { fetchUrlAnswer, type FetchArticleUrlOptions } from "@/lib/text-import/fetch-article-url";
import { extractInWorker } from "@/lib/text-import/extract-in-worker";
import { extractFormat } from "@/lib/text-import/extract-format";
import { decodedText, readableContent, readableFormat, type ReadableContent } from "./readable-text";

/** A source as it answered: always a status; the readable content only for a success (an error page is not the source). */
export type FetchedSource =
  | { answered: true; status: number; contentType: string; content: ReadableContent | null }
  | { answered: false; error: string };

/**
 * Fetches a cited source through the importer's fetcher (same SSRF choke
 * point, redirect, size and time limits; IMPORT_ALLOWED_HOSTS) and reads its
 * text with the importer's extractors: HTML and Markdown in the extraction
 * thread, plain text here. Other types (a PDF) keep the hash of their bytes.
 * Never throws for what the source did: no answer is `answered: false`.
 */
export async function fetchSource(url: string, options: FetchArticleUrlOptions = {}): Promise<FetchedSource> {
  let answer;
  try {
    answer = await fetchUrlAnswer(url, options);
  } catch (error) {
    return { answered: false, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
  }
  const { status, contentType, contentTypeHeader, bytes } = answer;
  if (status < 200 || status > 299) return { answered: true, status, contentType, content: null };
  const format = readableFormat(contentType);
  if (!format) return { answered: true, status, contentType, content: readableContent(null, bytes) };
  const body = decodedText(bytes, contentTypeHeader, contentType);
  try {
    const extracted = format === "text" ? extractFormat("text", body) : await extractInWorker(format, body);
    return {
      answered: true,
      status,
      contentType,
      content: readableContent(
        { text: extracted.text, ...(extracted.suggested.title ? { title: extracted.suggested.title } : {}) },
        bytes,
      ),
    };
  } catch {
    // a page the extractor refuses (too complex, too large) is still preserved by the hash of what it served
    return { answered: true, status, contentType, content: readableContent(null, bytes) };
  }
}

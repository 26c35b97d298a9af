import type { UploadFormat } from "./detect-upload";
import { extractFromHtml } from "./extract-from-html";
import { extractFromMarkdown } from "./extract-from-markdown";
import { extractFromText } from "./extract-from-text";
import type { SuggestedMetadata } from "./import-source";

export interface FormatExtraction {
  text: string;
  suggested: SuggestedMetadata;
}

/** Text and suggested metadata from content of a known format. Pure and synchronous: the worker thread runs it for HTML and Markdown. */
export function extractFormat(format: UploadFormat, content: string): FormatExtraction {
  switch (format) {
    case "html": {
      const { text, metadata } = extractFromHtml(content);
      return { text, suggested: metadata };
    }
    case "markdown": {
      const { text, suggestedTitle } = extractFromMarkdown(content);
      return { text, suggested: suggestedTitle === undefined ? {} : { title: suggestedTitle } };
    }
    case "text": {
      const { text, suggestedTitle } = extractFromText(content);
      return { text, suggested: suggestedTitle === undefined ? {} : { title: suggestedTitle } };
    }
  }
}

import { z } from "zod";
import { MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from "./import-limits";

/**
 * Form inputs of the import page, parsed once at the boundary (server action
 * or route handler). File uploads arrive as FormData files and go to
 * extractArticle as { kind: "file", name, type, bytes }.
 */

export const PasteArticleInputSchema = z.object({
  text: z
    .string()
    .refine((text) => text.trim() !== "", "Paste the article text.")
    .refine(
      (text) => new TextEncoder().encode(text).byteLength <= MAX_IMPORT_BYTES,
      `The article is larger than ${MAX_IMPORT_LABEL}.`,
    ),
});
export type PasteArticleInput = z.infer<typeof PasteArticleInputSchema>;

export const ImportUrlInputSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2048, "The address is too long.")
    .pipe(z.url({ protocol: /^https?$/, error: "Enter an http or https address." })),
});
export type ImportUrlInput = z.infer<typeof ImportUrlInputSchema>;

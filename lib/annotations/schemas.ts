import { CorrectionNoteSchema } from "@/lib/corrections/schemas";
import { z } from "zod";

const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40, "A tag has at most 40 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _.");

/** Tags arrive as a list or as one comma-separated field from a form. */
export const TagsSchema = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(Tag).max(20, "Use at most 20 tags."))
  .transform((tags) => [...new Set(tags)]);

export const NoteBodySchema = z.string().max(20_000, "A note has at most 20,000 characters.");

export const AnnotationKindSchema = z.enum(["NOTE", "CLAIM"], { message: "Choose note or claim." });

const Offset = z.coerce.number({ message: "Must be a number." }).int("Must be a whole number.");

export const CreateAnnotationInputSchema = z.object({
  articleId: z.string().min(1),
  /** the version the offsets refer to (the one the editor was reading) */
  versionId: z.string().min(1),
  start: Offset,
  end: Offset,
  /** the text the browser saw selected: must equal the text at [start, end) */
  exact: z.string().min(1, "Select some text first.").max(10_000),
  kind: AnnotationKindSchema.default("NOTE"),
  body: NoteBodySchema.default(""),
  tags: TagsSchema.default([]),
  /** Web Annotation Protocol: the client's `canonical` IRI, kept as given, and the `id` it sent (stored as `via`) */
  canonical: z.string().max(2000).optional(),
  via: z.string().max(2000).optional(),
});
export type CreateAnnotationInput = z.infer<typeof CreateAnnotationInputSchema>;

export const UpdateAnnotationInputSchema = z.object({
  annotationId: z.string().min(1),
  /** the revision the editor started from (optimistic concurrency) */
  revision: z.coerce.number().int().positive(),
  body: NoteBodySchema,
  tags: TagsSchema,
  kind: AnnotationKindSchema,
});
export type UpdateAnnotationInput = z.infer<typeof UpdateAnnotationInputSchema>;

export const DeleteAnnotationInputSchema = z.object({
  annotationId: z.string().min(1),
  correctionNote: CorrectionNoteSchema,
});
export type DeleteAnnotationInput = { annotationId: string; correctionNote?: string | null };

export const ReattachAnnotationInputSchema = z.object({
  annotationId: z.string().min(1),
  versionId: z.string().min(1),
  start: Offset,
  end: Offset,
  exact: z.string().min(1, "Select some text first.").max(10_000),
});
export type ReattachAnnotationInput = z.infer<typeof ReattachAnnotationInputSchema>;

export const CreateReplyInputSchema = z.object({
  annotationId: z.string().min(1),
  body: z.string().trim().min(1, "Write a reply first.").max(10_000, "A reply has at most 10,000 characters."),
});
export type CreateReplyInput = z.infer<typeof CreateReplyInputSchema>;

export const DeleteReplyInputSchema = z.object({ replyId: z.string().min(1) });
export type DeleteReplyInput = z.infer<typeof DeleteReplyInputSchema>;

import { InvalidInputError } from "@/lib/errors";
import { NoteBodySchema, TagsSchema } from "@/lib/annotations/schemas";
import { parseWebAnnotations } from "@/lib/exports/web-annotation";
import { BadRequestError } from "@/lib/api/http/api-errors";
import type { WebAnnotationInput } from "@/lib/api/annotations/create-web-annotation";

/**
 * A request body holding one W3C Web Annotation → what Factdesk stores of it.
 * Anything malformed (not one annotation, a reply, no TextQuoteSelector, bad
 * tags, an oversize note) is the request's fault: 400 with field errors.
 */
export function readWebAnnotation(json: unknown): WebAnnotationInput {
  let parsed;
  try {
    parsed = parseWebAnnotations(json);
  } catch (error) {
    if (error instanceof InvalidInputError) throw new BadRequestError(error.message, error.fieldErrors);
    throw error;
  }
  const [annotation] = parsed;
  if (parsed.length !== 1 || !annotation)
    throw new BadRequestError("Send exactly one Annotation (replies are not supported by this API).");
  const body = NoteBodySchema.safeParse(annotation.body);
  const tags = TagsSchema.safeParse(annotation.tags);
  // notes and tags both travel in `body` (purpose commenting / tagging)
  if (!body.success)
    throw new BadRequestError("The note is not valid.", { body: body.error.issues.map((i) => i.message) });
  if (!tags.success)
    throw new BadRequestError("The tags are not valid.", { body: tags.error.issues.map((i) => `tag: ${i.message}`) });
  const { exact, prefix, suffix, start, end, utf16Start, utf16End } = annotation;
  return {
    selectors: {
      exact,
      prefix,
      suffix,
      ...(start !== undefined && end !== undefined ? { start, end } : {}),
      ...(utf16Start !== undefined && utf16End !== undefined ? { utf16Start, utf16End } : {}),
    },
    kind: annotation.kind,
    body: body.data,
    tags: tags.data,
  };
}

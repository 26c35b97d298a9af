import { BadRequestError } from "@/lib/api/api-errors";

/** An annotation's revision as an entity tag: `"3"`. */
export function revisionETag(revision: number): string {
  return `"${revision}"`;
}

/** The revision named by an If-Match header (weak tags accepted: revisions are exact); null without the header. */
export function revisionFromIfMatch(header: string | null): number | null {
  if (header === null) return null;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) throw new BadRequestError('If-Match must be the ETag of the annotation, e.g. "3".', { "If-Match": ["Not an ETag of this API."] });
  return Number(match[1]);
}

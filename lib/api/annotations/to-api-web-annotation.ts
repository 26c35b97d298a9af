import { toWebAnnotation, type WebAnnotation } from "@/lib/exports/web-annotation";
import type { ExportAnnotation } from "@/lib/exports/report-model";
import type { AnchorState } from "@/lib/generated/prisma/enums";

export const ANCHOR_STATE = "factdesk:anchorState";

export interface ApiAnnotation {
  annotation: ExportAnnotation;
  anchorState: AnchorState;
  /** false when the annotation has no place in the text (orphaned, ambiguous): no position to give */
  placed: boolean;
  revision: number;
}

/**
 * The export's Web Annotation, addressed the way the Web Annotation Protocol
 * expects of a server: `id` is where the API serves it, `canonical` the
 * annotation's stable IRI in the app (what exports use as id). An annotation
 * that lost its place keeps only its quote: a position would point at the
 * wrong words.
 */
export function toApiWebAnnotation(item: ApiAnnotation, apiUrl: string) {
  const exported = toWebAnnotation(item.annotation);
  const target = exported.target as Exclude<WebAnnotation["target"], string>;
  return {
    ...exported,
    id: apiUrl,
    canonical: exported.id,
    target: item.placed
      ? target
      : { source: target.source, ...(target.scope ? { scope: target.scope } : {}), selector: [target.selector[0]] },
    [ANCHOR_STATE]: item.anchorState,
  };
}

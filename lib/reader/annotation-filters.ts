import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";

/** The margin list's filters; "" is "any". */
export interface Filters {
  author: string;
  kind: string;
  tag: string;
  state: string;
}
export const NO_FILTERS: Filters = { author: "", kind: "", tag: "", state: "" };

export function applyFilters(annotations: AnnotationDto[], f: Filters): AnnotationDto[] {
  return annotations.filter(
    (a) =>
      (!f.author || a.authorId === f.author) &&
      (!f.kind || a.kind === f.kind) &&
      (!f.tag || a.tags.includes(f.tag)) &&
      (!f.state || a.anchorState === f.state),
  );
}

/** A placed annotation is drawn in the text; orphaned and ambiguous ones are listed instead. */
export function isPlaced(a: AnnotationDto): boolean {
  return a.anchorState !== "ORPHANED" && a.anchorState !== "AMBIGUOUS";
}

import type { Tx } from "@/lib/db/client";
import { extractPassage, type PassageExtraction } from "@/lib/claims/extract/extract-passage";

/** The columns extractAnnotation needs from an annotation (a Prisma select). */
export const EXTRACTABLE_ANNOTATION = {
  id: true,
  start: true,
  end: true,
  exact: true,
  version: { select: { text: true, article: { select: { publishedAt: true } } } },
} as const;

export interface ExtractableAnnotation {
  start: number;
  end: number;
  version: { text: string; article: { publishedAt: Date | null } };
}

/** What an annotated passage states, read with its article around it (speakers, datelines). Never throws on odd text. */
export function extractAnnotation(annotation: ExtractableAnnotation): PassageExtraction {
  return extractPassage(
    { text: annotation.version.text, start: annotation.start, end: annotation.end },
    { publishedAt: annotation.version.article.publishedAt },
  );
}

/** Loads one annotation of the workspace (already authorized by the caller) and extracts it; null when it is not there. */
export async function loadAnnotationExtraction(
  tx: Tx,
  workspaceId: string,
  annotationId: string,
): Promise<PassageExtraction | null> {
  const annotation = await tx.annotation.findFirst({
    where: { id: annotationId, workspaceId, deletedAt: null },
    select: EXTRACTABLE_ANNOTATION,
  });
  return annotation ? extractAnnotation(annotation) : null;
}

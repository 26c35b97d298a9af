import type { Tx } from "@/lib/db/client";
import { workspaceScopeSql } from "@/lib/db/scope-sql";
import { describeSpan, reanchorAll } from "@/lib/anchoring";
import type { AnchorState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";
import { annotationScope } from "@/lib/annotations/scope";

export type AnchorStateCounts = Partial<Record<AnchorState, number>>;

/**
 * Inside the version-import transaction: moves every live annotation of the
 * old version to the new one. Each old anchor is kept in AnnotationPastAnchor;
 * the annotations are updated with one set-based UPDATE (not one query per
 * annotation), so thousands of annotations re-anchor in one round trip.
 * Annotations that could not be placed keep their old quote and offsets, with
 * the state saying why (ambiguous, orphaned) until an editor re-attaches them.
 */
export async function reanchorStoredAnnotations(
  tx: Tx,
  actor: Actor,
  versions: { from: { id: string; text: string }; to: { id: string; text: string } },
): Promise<AnchorStateCounts> {
  const annotations = await tx.annotation.findMany({
    where: { ...annotationScope(actor), versionId: versions.from.id },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, anchorState: true },
  });
  if (annotations.length === 0) return {};

  await tx.annotationPastAnchor.createMany({
    data: annotations.map((a) => ({
      workspaceId: actor.workspaceId,
      annotationId: a.id,
      versionId: versions.from.id,
      start: a.start,
      end: a.end,
      exact: a.exact,
      anchorState: a.anchorState,
    })),
  });

  const results = reanchorAll(versions.from.text, versions.to.text, annotations);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const counts: AnchorStateCounts = {};
  const rows = results.map((result) => {
    counts[result.state] = (counts[result.state] ?? 0) + 1;
    const old = byId.get(result.id)!;
    const placed =
      result.state !== "ORPHANED" && result.state !== "AMBIGUOUS" && result.start !== null && result.end !== null;
    const quote = placed ? describeSpan(versions.to.text, result.start!, result.end!).quote : old;
    return {
      id: result.id,
      start: placed ? result.start! : old.start,
      end: placed ? result.end! : old.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      state: result.state,
      previousExact: result.state === "TEXT_CHANGED" ? old.exact : null,
    };
  });

  await tx.$executeRaw`
    UPDATE "Annotation" AS a SET
      "versionId" = ${versions.to.id}, "start" = u.start, "end" = u."end", "exact" = u.exact, "prefix" = u.prefix, "suffix" = u.suffix,
      "anchorState" = u.state::"AnchorState", "previousExact" = u.previous, "revision" = a."revision" + 1, "updatedAt" = now()
    FROM unnest(
      ${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.start)}::int[], ${rows.map((r) => r.end)}::int[],
      ${rows.map((r) => r.exact)}::text[], ${rows.map((r) => r.prefix)}::text[], ${rows.map((r) => r.suffix)}::text[],
      ${rows.map((r) => r.state)}::text[], ${rows.map((r) => r.previousExact)}::text[]
    ) AS u(id, start, "end", exact, prefix, suffix, state, previous)
    WHERE a.id = u.id AND ${workspaceScopeSql(actor, "a")}`;
  return counts;
}

import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { keyFromLabel, type UpdateRatingScaleInput } from "@/lib/workspaces/rating-scale-schemas";
import type { Actor } from "@/lib/policy/actor";
import { ratingScaleScope } from "@/lib/workspaces/scope";
import type { Tx } from "@/lib/db/client";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";

/**
 * Admins only: relabels, reorders, adds and archives the workspace's rating
 * levels. A level is never deleted — verdicts may use it — only archived, so
 * old verdicts keep their rating. Relabelling or archiving a level that an
 * approved verdict of a published report uses changes what the report shows,
 * so it needs a correction note (requirePublishedChangeNote). Audited with the
 * scale before and after.
 */
export async function updateRatingScale(actor: Actor, input: UpdateRatingScaleInput): Promise<void> {
  authorize(actor, "workspace.settings");
  await db.$transaction(async (tx) => {
    const scale = await tx.ratingScale.findUnique({
      where: ratingScaleScope(actor),
      select: { id: true, levels: { orderBy: { position: "asc" } } },
    });
    if (!scale) throw new NotFoundError("Rating scale");
    const known = new Map(scale.levels.map((l) => [l.key, l]));
    const keys = input.levels.map((l) => l.key ?? keyFromLabel(l.label));
    if (new Set(keys).size !== keys.length)
      throw new InvalidInputError("Two levels would get the same key; change a label.", {
        levels: ["Two levels would get the same key."],
      });
    const missing = scale.levels.filter((l) => !keys.includes(l.key));
    if (missing.length > 0)
      throw new InvalidInputError("Levels cannot be deleted, only archived.", {
        levels: [`Keep ${missing.map((l) => l.label).join(", ")} (archive it instead).`],
      });

    const shownDifferently = input.levels.filter((level, i) => {
      const before = known.get(keys[i]!);
      return before && (before.label !== level.label || (level.archived && !before.archived));
    });
    if (shownDifferently.length > 0) {
      const claimIds = await claimsRatedWith(
        tx,
        actor.workspaceId,
        shownDifferently.map((l) => known.get(keys[input.levels.indexOf(l)]!)!.id),
      );
      await requirePublishedChangeNote(tx, actor, {
        claimIds,
        what: "Relabelling or archiving a rating level in use",
        note: input.correctionNote,
      });
    }

    for (const [position, level] of input.levels.entries()) {
      const key = keys[position]!;
      const data = { label: level.label, ordinal: level.ordinal, archived: level.archived, position };
      if (known.has(key)) await tx.ratingLevel.update({ where: { id: known.get(key)!.id }, data });
      else await tx.ratingLevel.create({ data: { ...data, key, workspaceId: actor.workspaceId, scaleId: scale.id } });
    }
    await recordAuditEvent(tx, actor, {
      action: "rating_scale.updated",
      entityType: "RatingScale",
      entityId: scale.id,
      before: scale.levels.map(({ key, label, ordinal, archived }) => ({ key, label, ordinal, archived })),
      after: input.levels.map((l, i) => ({ key: keys[i], label: l.label, ordinal: l.ordinal, archived: l.archived })),
    });
  });
}

/** Claims whose approved verdict's current revision uses one of the levels. */
async function claimsRatedWith(tx: Tx, workspaceId: string, levelIds: string[]): Promise<string[]> {
  const verdicts = await tx.verdict.findMany({
    where: { workspaceId, status: "APPROVED" },
    select: { claimId: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { ratingLevelId: true } } },
  });
  return [
    ...new Set(verdicts.filter((v) => levelIds.includes(v.revisions[0]?.ratingLevelId ?? "")).map((v) => v.claimId)),
  ];
}

import { db } from "@/lib/db/client";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { keyFromLabel, type UpdateRatingScaleInput } from "@/lib/workspaces/rating-scale-schemas";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins only: relabels, reorders, adds and archives the workspace's rating
 * levels. A level is never deleted — verdicts may use it — only archived, so
 * old verdicts keep their rating. Audited with the scale before and after.
 */
export async function updateRatingScale(actor: Actor, input: UpdateRatingScaleInput): Promise<void> {
  authorize(actor, "workspace.settings");
  await db.$transaction(async (tx) => {
    const scale = await tx.ratingScale.findUnique({ where: { workspaceId: actor.workspaceId }, select: { id: true, levels: { orderBy: { position: "asc" } } } });
    if (!scale) throw new NotFoundError("Rating scale");
    const known = new Map(scale.levels.map((l) => [l.key, l]));
    const keys = input.levels.map((l) => l.key ?? keyFromLabel(l.label));
    if (new Set(keys).size !== keys.length) throw new InvalidInputError("Two levels would get the same key; change a label.", { levels: ["Two levels would get the same key."] });
    const missing = scale.levels.filter((l) => !keys.includes(l.key));
    if (missing.length > 0) throw new InvalidInputError("Levels cannot be deleted, only archived.", { levels: [`Keep ${missing.map((l) => l.label).join(", ")} (archive it instead).`] });

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

import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { ratingLevelScope } from "@/lib/workspaces/scope";

export interface RatingScaleLevelDto {
  key: string;
  label: string;
  ordinal: number | null;
  archived: boolean;
}

/** Admins: the whole scale, archived levels included, in display order. */
export async function getRatingScale(actor: Actor): Promise<RatingScaleLevelDto[]> {
  authorize(actor, "workspace.settings");
  return db.ratingLevel.findMany({
    where: ratingLevelScope(actor),
    orderBy: { position: "asc" },
    select: { key: true, label: true, ordinal: true, archived: true },
  });
}

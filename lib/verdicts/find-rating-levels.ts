import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import { ratingLevelScope } from "@/lib/workspaces/scope";

export interface RatingLevelDto {
  key: string;
  label: string;
  ordinal: number | null;
}

/** Any member: the workspace's rating scale, in display order. */
export async function findRatingLevels(actor: Actor): Promise<RatingLevelDto[]> {
  return db.ratingLevel.findMany({
    where: { ...ratingLevelScope(actor), archived: false },
    orderBy: { position: "asc" },
    select: { key: true, label: true, ordinal: true },
  });
}

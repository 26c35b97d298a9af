import { readDb, withReplica } from "@/lib/db/replica";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { VERDICT_STATUS_OPTIONS } from "@/lib/i18n/labels";
import { authorize, can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { ratingLevelScope } from "@/lib/workspaces/scope";
import { membershipScope } from "@/lib/members/scope";
import { OUTLET_SUGGESTIONS, readOutlets } from "@/lib/search/find-outlets";

export interface SearchFilterOptionsDto {
  ratings: { key: string; label: string }[];
  /** the review states the actor may filter by: only APPROVED for viewers */
  statuses: VerdictStatus[];
  authors: { id: string; name: string }[];
  /** the first outlets of the workspace's live articles, alphabetically: the outlet field suggests the others as one types (findOutlets) */
  outlets: string[];
}

/** Any member: what the search filters offer in the actor's workspace. Names are shown as on annotations (name, else email). */
export async function findSearchFilterOptions(actor: Actor): Promise<SearchFilterOptionsDto> {
  authorize(actor, "article.read");
  const [ratings, members, outlets] = await withReplica(actor, () =>
    Promise.all([
      readDb.ratingLevel.findMany({
        where: ratingLevelScope(actor),
        orderBy: [{ archived: "asc" }, { position: "asc" }],
        select: { key: true, label: true, archived: true },
      }),
      readDb.membership.findMany({
        where: membershipScope(actor),
        select: { user: { select: { id: true, name: true, email: true } } },
      }),
      readOutlets(actor, { limit: OUTLET_SUGGESTIONS }),
    ]),
  );
  return {
    ratings: ratings.map((r) => ({ key: r.key, label: r.archived ? `${r.label} (archived)` : r.label })),
    statuses: can(actor, "verdict.readUnapproved") ? [...VERDICT_STATUS_OPTIONS] : ["APPROVED"],
    authors: members
      .map((m) => ({ id: m.user.id, name: m.user.name ?? m.user.email }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    outlets,
  };
}

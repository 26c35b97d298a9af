import { readDb, withReplica } from "@/lib/db/replica";
import { InvalidInputError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { findArticleHits, type ArticleHitDto, type HitPage, type Paging } from "@/lib/search/find-article-hits";
import { findAnnotationHits, type AnnotationHitDto } from "@/lib/search/find-annotation-hits";
import { findClaimHits, type ClaimHitDto } from "@/lib/search/find-claim-hits";
import {
  PAGE_SIZE,
  PREVIEW_SIZE,
  type HitType,
  type SearchFilters,
  type SearchInput,
  type SearchType,
} from "@/lib/search/schemas";
import { tsQuery, type SearchScope } from "@/lib/search/search-sql";
import { websearchTerms, type WebsearchTerms } from "@/lib/search/websearch-terms";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import { ratingLevelScope } from "@/lib/workspaces/scope";
import { membershipScope } from "@/lib/members/scope";

export type SectionDto<T> =
  | ({ state: "shown" } & HitPage<T>)
  /** a filter is set that this type does not have (e.g. a tag for articles) */
  | { state: "filtered-out"; reason: string }
  /** another type was asked for */
  | { state: "not-asked" };

export interface SearchResultsDto {
  query: string;
  terms: WebsearchTerms;
  type: SearchType;
  page: number;
  pageSize: number;
  articles: SectionDto<ArticleHitDto>;
  annotations: SectionDto<AnnotationHitDto>;
  claims: SectionDto<ClaimHitDto>;
}

/** Which filters each result type lacks: setting one of them hides that type (lib/search/README.md). */
const NOT_APPLICABLE: Record<HitType, { keys: (keyof SearchFilters)[]; reason: string }> = {
  articles: {
    keys: ["rating", "status", "tag", "anchor"],
    reason: "Articles have no verdict, tag or anchor: the filter shows notes and claims.",
  },
  annotations: { keys: [], reason: "" },
  claims: { keys: ["anchor"], reason: "Claims have no anchor state: the filter shows notes only." },
};

/**
 * Any member: full-text search of the actor's workspace — articles (title and
 * latest text), annotations (quote and note) and claims (statement and
 * claimant, with spelling variants, whole numbers and typo-tolerant
 * look-up) — ranked, with highlighted snippets.
 * SECURITY: every query is limited to actor.workspaceId; viewers neither see
 * nor filter by unapproved verdicts (policy verdict.readUnapproved). Filters
 * naming a rating or author of another workspace, and queries without a word
 * to look for, are refused with InvalidInputError.
 */
export function searchWorkspace(actor: Actor, input: SearchInput): Promise<SearchResultsDto> {
  return withReplica(actor, () => search(actor, input)); // the read replica when it has the actor's own writes (lib/db/replica.ts)
}

async function search(actor: Actor, input: SearchInput): Promise<SearchResultsDto> {
  authorize(actor, "article.read");
  const { q, type, page, ...filters } = input;
  const seesUnapproved = can(actor, "verdict.readUnapproved");
  const [{ groups }] = await Promise.all([
    getNameVariants(actor),
    assertFiltersExist(actor, { filters, seesUnapproved }),
    assertSearchable(q),
  ]);
  const scope: SearchScope = { workspaceId: actor.workspaceId, seesUnapproved, filters, nameVariants: groups };

  const terms = websearchTerms(q);
  const pageSize = type === "all" ? PREVIEW_SIZE : PAGE_SIZE;
  const paging: Paging = { limit: pageSize, offset: type === "all" ? 0 : (page - 1) * PAGE_SIZE };
  const section = async <T>(hitType: HitType, find: () => Promise<HitPage<T>>): Promise<SectionDto<T>> => {
    if (type !== "all" && type !== hitType) return { state: "not-asked" };
    const blocked = NOT_APPLICABLE[hitType];
    if (blocked.keys.some((key) => filters[key] !== undefined))
      return { state: "filtered-out", reason: blocked.reason };
    return { state: "shown", ...(await find()) };
  };
  const [articles, annotations, claims] = await Promise.all([
    section("articles", () => findArticleHits(scope, q, paging)),
    section("annotations", () => findAnnotationHits(scope, q, paging)),
    section("claims", () => findClaimHits(scope, q, terms, paging)),
  ]);
  return { query: q, terms, type, page: type === "all" ? 1 : page, pageSize, articles, annotations, claims };
}

/** A rating or author filter must name one of this workspace's; a viewer may only ask for approved verdicts. */
async function assertFiltersExist(
  actor: Actor,
  { filters, seesUnapproved }: Pick<SearchScope, "filters" | "seesUnapproved">,
): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (filters.status && filters.status !== "APPROVED" && !seesUnapproved)
    fieldErrors.status = ["Your role sees approved verdicts only."];
  const [rating, author] = await Promise.all([
    filters.rating
      ? readDb.ratingLevel.findFirst({
          where: { ...ratingLevelScope(actor), key: filters.rating },
          select: { id: true },
        })
      : true,
    filters.author
      ? readDb.membership.findFirst({
          where: { ...membershipScope(actor), userId: filters.author },
          select: { id: true },
        })
      : true,
  ]);
  if (!rating) fieldErrors.rating = ["Choose a rating from the list."];
  if (!author) fieldErrors.author = ["Choose an author from the list."];
  if (Object.keys(fieldErrors).length)
    throw new InvalidInputError("Check the search: some filters are not valid.", fieldErrors);
}

/**
 * The query must contain a word to look for. websearch_to_tsquery never
 * throws, but reduces "!!!" to an empty query and "-drone" to NOT drone, which
 * no index can answer (it would list everything else): both are refused.
 */
async function assertSearchable(q: string): Promise<void> {
  const [row] = await readDb.$queryRaw<
    { nodes: number; tree: string }[]
  >`SELECT numnode(${tsQuery(q)}) AS nodes, querytree(${tsQuery(q)}) AS tree`;
  if (!row || row.nodes === 0)
    throw new InvalidInputError("Search for at least one word.", {
      q: ["The search has no words in it, only punctuation or symbols."],
    });
  if (row.tree === "T")
    throw new InvalidInputError("Search for at least one word.", {
      q: ["Add a word to look for: a search of only excluded words (-word) would list everything else."],
    });
}

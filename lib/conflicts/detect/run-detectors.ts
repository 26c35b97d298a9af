import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import { claimScope } from "@/lib/claims/scope";
import { detectFigureConflicts, type FigureClaim } from "./detect-figure-conflicts";
import { detectQuoteConflicts, type QuoteClaim } from "./detect-quote-conflicts";
import { detectVerdictDisagreements, type VerdictDisagreement } from "./detect-verdict-disagreements";
import { englishQuestion } from "../conflict-question";
import { directQuote } from "@/lib/claims/compare/direct-quote";
import { loadRatingOpinions, type ClaimOpinions } from "./load-rating-opinions";
import type { DetectedConflict } from "./detected-conflict";
import { CLAIM_VALUE_FIELDS } from "@/lib/claims/claim-value-fields";
import type { DetectionKeys } from "./detection-keys";
import { readByIds, readInIdOrder } from "@/lib/db/in-batches";
import { claimRelationScope } from "@/lib/claims/scope";
import { ratingLevelScope } from "@/lib/workspaces/scope";

export interface DetectorRun {
  conflicts: DetectedConflict[];
  /** The opinions the verdict detector saw, by claim (for deciding whether a disagreement was already settled). */
  opinions: Map<string, ClaimOpinions>;
  /** How many claims the figure and quote detectors read: the workspace's, or the groups of an incremental run. */
  claimsRead: number;
}

/**
 * Loads the live claims of the actor's workspace (through claimScope, so the
 * pure detectors never see another workspace's claims) and runs the three
 * detectors: figures (without the figures a later claim "updates"), quotes (see direct-quote.ts for which claims are
 * quotes) and verdict disagreements (see load-rating-opinions.ts for which
 * verdicts count). No authorization: the caller authorizes.
 *
 * With `keys` (an incremental run, detection-keys.ts) figures and quotes are
 * compared only within the groups a change touched, and verdicts only on the
 * changed claims.
 */
export async function runDetectors(tx: Tx, actor: Actor, keys?: DetectionKeys): Promise<DetectorRun> {
  const select = {
    id: true,
    ...CLAIM_VALUE_FIELDS,
    appearances: {
      where: { annotation: { deletedAt: null } },
      orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
      take: 1,
      select: { annotation: { select: { exact: true, prefix: true, suffix: true } } },
    },
  };
  const claims = keys
    ? await readByIds([...new Set([...keys.figureClaimIds, ...keys.quoteClaimIds])].sort(), (ids) =>
        tx.claim.findMany({ where: { ...claimScope(actor), id: { in: ids } }, orderBy: { id: "asc" }, select }),
      )
    : await readInIdOrder((afterId, take) =>
        tx.claim.findMany({
          where: { ...claimScope(actor), ...(afterId ? { id: { gt: afterId } } : {}) },
          orderBy: { id: "asc" },
          take,
          select,
        }),
      );
  // A figure superseded by a later one ("updates") is history, not a contradiction of it.
  const superseded = new Set(
    (keys
      ? await readByIds(keys.figureClaimIds, (ids) =>
          tx.claimRelation.findMany({
            where: { ...claimRelationScope(actor), kind: "UPDATES", toClaimId: { in: ids } },
            select: { toClaimId: true },
          }),
        )
      : await tx.claimRelation.findMany({
          where: { ...claimRelationScope(actor), kind: "UPDATES" },
          select: { toClaimId: true },
        })
    ).map((r) => r.toClaimId),
  );
  const inFigureGroups = keys ? new Set(keys.figureClaimIds) : null;
  const inQuoteGroups = keys ? new Set(keys.quoteClaimIds) : null;
  const figures: FigureClaim[] = claims
    .filter((c) => !superseded.has(c.id) && (!inFigureGroups || inFigureGroups.has(c.id)))
    .map((c) => ({
      ...c,
      valueLow: c.valueLow === null ? null : c.valueLow.toNumber(),
      valueHigh: c.valueHigh === null ? null : c.valueHigh.toNumber(),
    }));
  const quotes: QuoteClaim[] = claims
    .filter((c) => !inQuoteGroups || inQuoteGroups.has(c.id))
    .flatMap((c) => {
      const quoted = directQuote(c, c.appearances[0]?.annotation ?? null);
      return quoted ? [{ id: c.id, claimant: c.claimant, statement: quoted }] : [];
    });
  const opinions = await loadRatingOpinions(tx, actor, keys?.verdictClaimIds);
  const labels = await ratingLabels(tx, actor);
  const disagreements = detectVerdictDisagreements(opinions).map((d) => withLabels(d, labels));
  return {
    conflicts: [...detectFigureConflicts(figures), ...detectQuoteConflicts(quotes), ...disagreements],
    opinions: new Map(opinions.map((o) => [o.claimId, o])),
    claimsRead: claims.length,
  };
}

async function ratingLabels(tx: Tx, actor: Actor): Promise<Map<string, string>> {
  const levels = await tx.ratingLevel.findMany({
    where: ratingLevelScope(actor),
    select: { key: true, label: true },
  });
  return new Map(levels.map((l) => [l.key, l.label]));
}

/** The detector names ratings by key ("MOSTLY_ACCURATE"); people read labels ("Mostly accurate"). */
function withLabels(disagreement: VerdictDisagreement, labels: Map<string, string>): VerdictDisagreement {
  const { questionParams } = disagreement;
  if (questionParams.kind !== "VERDICT_DISAGREEMENT") return disagreement;
  const labelled = {
    ...questionParams,
    ratings: questionParams.ratings.map((r) => ({ ...r, label: labels.get(r.key) ?? r.key })),
  };
  return { ...disagreement, question: englishQuestion(labelled), questionParams: labelled };
}

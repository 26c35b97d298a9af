import { factCheckUrl } from "@/lib/public-urls/public-address";
import type { ReportEntry, ReportMeta } from "@/lib/exports/report-model";

/**
 * The public fact-check page of a report entry, when it has one: entries of
 * a published report's published output (meta.factCheckSlug) with an approved
 * verdict. Null otherwise (internal output, a preview before publishing).
 */
export function entryFactCheckUrl(
  meta: Pick<ReportMeta, "factCheckSlug">,
  entry: Pick<ReportEntry, "claim" | "verdict">,
): string | null {
  if (!meta.factCheckSlug || !entry.verdict?.approved) return null;
  return factCheckUrl(meta.factCheckSlug, entry.claim);
}

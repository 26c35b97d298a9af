import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
import type { ReportEntry } from "@/lib/exports/report-model";

/**
 * For pages: the first `limit` entries of a stream (it stops reading after
 * them) and whether more follow, i.e. one page of a report. A cursor that is
 * not a claim of the report answers 404.
 */
export async function firstEntries(
  entries: AsyncGenerator<ReportEntry>,
  limit: number,
): Promise<{ entries: ReportEntry[]; hasMore: boolean }> {
  const page: ReportEntry[] = [];
  try {
    for await (const entry of entries) {
      if (page.length === limit) {
        await entries.return(undefined);
        return { entries: page, hasMore: true };
      }
      page.push(entry);
    }
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return { entries: page, hasMore: false };
}

import { createWriteStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { InvalidInputError } from "@/lib/errors";
import { streamClaimReviews } from "@/lib/exports/claim-review";
import type { ReportEntry, ReportMeta } from "@/lib/exports/report-model";

/** At most this many ClaimReview problems are listed in a refusal. */
export const MAX_CLAIMREVIEW_PROBLEMS = 50;

/**
 * ClaimReview must be valid before the first byte leaves: one pass over the
 * entries checks each (streamClaimReviews' onProblems) and writes the JSON-LD to a
 * temporary file, which is then streamed to the client. Memory stays flat,
 * the database is read once, and what was checked is exactly what is sent
 * (a second read could see verdicts that changed in between). With problems,
 * nothing is sent: InvalidInputError lists them under "claimReview".
 */
export async function spoolClaimReviews(
  meta: ReportMeta,
  entries: AsyncIterable<ReportEntry>,
): Promise<{ items: number; body: AsyncGenerator<Uint8Array> }> {
  const problems: string[] = [];
  let items = 0;
  async function* counted(): AsyncGenerator<ReportEntry> {
    for await (const entry of entries) {
      if (problems.length >= MAX_CLAIMREVIEW_PROBLEMS) return;
      if (entry.verdict?.approved) items++;
      yield entry;
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), "factdesk-claimreview-"));
  const file = path.join(dir, "claimreview.jsonld");
  try {
    await pipeline(
      Readable.from(streamClaimReviews(meta, counted(), { onProblems: (found) => problems.push(...found) })),
      createWriteStream(file),
    );
    if (problems.length > 0)
      throw new InvalidInputError("This report cannot be exported as ClaimReview: fix what is missing first.", {
        claimReview: problems.slice(0, MAX_CLAIMREVIEW_PROBLEMS),
      });
    // open, then remove: the open file is read to its end, and no file is left behind whatever happens to the download
    const handle = await open(file, "r");
    return { items, body: readAndClose(handle) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function* readAndClose(handle: import("node:fs/promises").FileHandle): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: 64 * 1024, autoClose: false }))
      yield chunk as Buffer;
  } finally {
    await handle.close();
  }
}

/**
 * Pure, for the browser's download progress: counts the items of a report
 * file as its bytes arrive, chunk by chunk, whatever the chunk boundaries.
 * What an item is depends on the format (see ITEM_COUNTERS); PDF has no
 * countable text and reports bytes only.
 */
import type { ReportFormat } from "@/lib/reports/schemas";

export interface ItemCounter {
  /** feeds the next decoded chunk; returns the items completed so far */
  push(chunk: string): number;
}

/** JSON: counts objects that close back to `depth` (1: items of a top-level array; 3: the items of collection.first.items). */
export function jsonObjectCounter(depth: number): ItemCounter {
  let level = 0;
  let inString = false;
  let escaped = false;
  let count = 0;
  return {
    push(chunk) {
      for (const ch of chunk) {
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === "\\") escaped = true;
          else if (ch === '"') inString = false;
        } else if (ch === '"') inString = true;
        else if (ch === "{" || ch === "[") level++;
        else if (ch === "]") level--;
        else if (ch === "}") {
          level--;
          if (level === depth) count++;
        }
      }
      return count;
    },
  };
}

/** CSV (RFC 4180): records end at line breaks outside quotes; the header record is not an item. */
export function csvRecordCounter(): ItemCounter {
  let inQuotes = false;
  let records = 0;
  return {
    push(chunk) {
      for (const ch of chunk) {
        if (ch === '"')
          inQuotes = !inQuotes; // an escaped "" toggles twice
        else if (ch === "\n" && !inQuotes) records++;
      }
      return Math.max(0, records - 1);
    },
  };
}

/** Markdown: each claim is a level-3 heading ("### "). */
export function markdownClaimCounter(): ItemCounter {
  let lineStart = "\n";
  let count = 0;
  return {
    push(chunk) {
      const text = lineStart + chunk;
      count += text.split("\n### ").length - 1;
      // keep the tail, so a heading split across chunks is counted once it is whole
      lineStart = text.slice(-4);
      return count;
    },
  };
}

export function itemCounterFor(format: ReportFormat): ItemCounter | null {
  switch (format) {
    case "claimreview":
      return jsonObjectCounter(1);
    case "annotations":
      return jsonObjectCounter(3);
    case "csv":
      return csvRecordCounter();
    case "markdown":
      return markdownClaimCounter();
    case "pdf":
      return null;
  }
}

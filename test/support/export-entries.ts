/**
 * Test data builders for the export serializers (unit tests only). Each call
 * makes fresh, unique objects; tests override what they are about.
 */
import { utf16ToCodePoints } from "@/lib/anchoring/offsets";
import type {
  ExportAnnotation,
  ReportEntry,
  ReportMeta,
  ReportRelation,
  ReportVerdict,
} from "@/lib/exports/report-model";

let sequence = 0;
const next = () => ++sequence;

export function makeReportMeta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    title: "Fact checks: flooding coverage",
    url: "https://factdesk.example/r/Tok3nAbc",
    internal: false,
    scopeDescription: "Article: Flooding in the valley",
    scope: { kind: "ARTICLE", articleTitle: "Flooding in the valley" },
    organisation: { name: "Demo Newsroom", url: "https://newsroom.example" },
    ratingScale: {
      levels: [
        { key: "FALSE_CLAIM", label: "False", ordinal: 1 },
        { key: "MOSTLY_FALSE", label: "Mostly false", ordinal: 2 },
        { key: "MIXED", label: "Mixed", ordinal: 3 },
        { key: "MOSTLY_ACCURATE", label: "Mostly accurate", ordinal: 4 },
        { key: "ACCURATE", label: "Accurate", ordinal: 5 },
      ],
      worstRating: 1,
      bestRating: 5,
    },
    generatedAt: new Date("2026-11-20T10:00:00Z"),
    publishedAt: new Date("2026-11-20T09:00:00Z"),
    corrections: [],
    ...overrides,
  };
}

export function makeVerdict(overrides: Partial<ReportVerdict> = {}): ReportVerdict {
  const n = next();
  return {
    id: `verdict-${n}`,
    status: "APPROVED",
    approved: true,
    ratingKey: "MOSTLY_FALSE",
    ratingLabel: "Mostly false",
    ratingOrdinal: 2,
    summary: "Official figures show 12 deaths, not 40.",
    evidence: [
      { url: `https://stats.example/report-${n}`, title: "Official casualty report", quote: "12 people died" },
    ],
    authorName: "Eda Editor",
    approvedByName: "Rui Reviewer",
    firstApprovedAt: new Date("2026-11-18T12:00:00Z"),
    modifiedAt: new Date("2026-11-19T08:30:00Z"),
    ...overrides,
  };
}

/** A relation of the entry's claim: by default it misquotes a claim outside the report (no anchor). */
export function makeRelation(
  overrides: Partial<Omit<ReportRelation, "other">> & { other?: Partial<ReportRelation["other"]> } = {},
): ReportRelation {
  const n = next();
  const { other, ...rest } = overrides;
  return {
    kind: "MISQUOTES",
    direction: "outgoing",
    note: null,
    language: null,
    originalWording: null,
    ...rest,
    other: {
      id: `other-claim-${n}`,
      statement: `Not a single village will be given up (${n})`,
      claimant: "President",
      anchor: null,
      ...other,
    },
  };
}

/**
 * A claim with one approved verdict and two appearances (oldest first); the
 * second states it with an altered quote, linked with the editor's note. No
 * relations unless given.
 */
export function makeReportEntry(
  overrides: {
    claim?: Partial<ReportEntry["claim"]>;
    verdict?: ReportVerdict | null;
    appearances?: ReportEntry["appearances"];
    relations?: ReportRelation[];
  } = {},
): ReportEntry {
  const n = next();
  return {
    claim: {
      id: `claim-${n}`,
      statement: `At least 40 people died in the floods (${n})`,
      claimant: "Jane Minister",
      claimDate: new Date("2026-11-02T00:00:00Z"),
      anchor: `claim-${n}`,
      ...overrides.claim,
    },
    appearances: overrides.appearances ?? [
      {
        articleId: `article-${n}-a`,
        articleTitle: "Floods hit the valley",
        articleUrl: `https://news.example/floods-${n}`,
        outlet: "Valley Times",
        articleAuthor: "Sam Writer",
        articlePublishedAt: new Date("2026-11-03T07:00:00Z"),
        articleLanguage: "en",
        quote: "at least 40 people died",
        difference: null,
        differenceDetail: null,
      },
      {
        articleId: `article-${n}-b`,
        articleTitle: "Counting the cost",
        articleUrl: `https://other.example/cost-${n}`,
        outlet: "Other Daily",
        articleAuthor: null,
        articlePublishedAt: new Date("2026-11-05T07:00:00Z"),
        articleLanguage: null,
        quote: "40 dead",
        difference:
          "Altered quote: “at least 40 people died” → “40 dead” (editor's note: The same statement, shortened by the outlet.)",
        differenceDetail: {
          differences: [{ kind: "ALTERED_QUOTE", claim: "at least 40 people died", passage: "40 dead" }],
          note: "The same statement, shortened by the outlet.",
          change: null,
        },
      },
    ],
    verdict: overrides.verdict === undefined ? makeVerdict() : overrides.verdict,
    relations: overrides.relations ?? [],
  };
}

/**
 * An annotation over text[start, end) (UTF-16 offsets, as the app stores them),
 * with the code-point offsets computed the way lib/reports must.
 */
export function makeExportAnnotation(
  text: string,
  start: number,
  end: number,
  overrides: Partial<ExportAnnotation> = {},
): ExportAnnotation {
  const n = next();
  return {
    id: `annotation-${n}`,
    articleId: `article-${n}`,
    articleTitle: "Floods hit the valley",
    articleUrl: `https://news.example/floods-${n}`,
    appUrl: `https://factdesk.example/w/demo/articles/article-${n}`,
    kind: "NOTE",
    start,
    end,
    startCodePoint: utf16ToCodePoints(text, start),
    endCodePoint: utf16ToCodePoints(text, end),
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    body: "Check the **official** figures.",
    tags: ["casualties"],
    creatorName: "Eda Editor",
    creatorIri: "https://factdesk.example/agents/users/eda",
    created: new Date("2026-11-10T09:00:00.000Z"),
    modified: new Date("2026-11-11T10:15:30.123Z"),
    replies: [
      {
        id: `reply-${n}`,
        body: "Agreed, see the ministry page.",
        creatorName: "Rui Reviewer",
        creatorIri: "https://factdesk.example/agents/users/rui",
        created: new Date("2026-11-12T09:00:00Z"),
        modified: new Date("2026-11-12T09:00:00Z"),
      },
    ],
    ...overrides,
  };
}

/** Yields the items as an async source, like lib/reports' database cursor. */
export async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** An async source of `count` entries that records how many were pulled (to prove streaming). */
export function countingEntries(count: number, make: (i: number) => ReportEntry = () => makeReportEntry()) {
  const state = { pulled: 0 };
  async function* source(): AsyncGenerator<ReportEntry> {
    for (let i = 0; i < count; i++) {
      state.pulled++;
      yield make(i);
    }
  }
  return { state, source: source() };
}

/** Concatenates a string stream. */
export async function collect(stream: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of stream) out += chunk;
  return out;
}

/** Concatenates a byte stream. */
export async function collectBytes(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

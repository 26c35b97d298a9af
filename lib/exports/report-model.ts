/**
 * What a report is made of, as plain data: lib/reports builds it from the
 * database (scoped, authorized), lib/exports turns it into files (pure, no DB).
 * Entries arrive as an AsyncIterable so whole-workspace exports stream.
 * It lives beside the serializers that read it, so lib/exports never imports lib/reports back.
 */
import type { ClaimRelationKind, VerdictStatus } from "@/lib/generated/prisma/enums";
import type { ConflictQuestionParams } from "@/lib/conflicts/conflict-question";

export interface ReportRatingScale {
  /** levels on the ordinal truth scale, worst (ordinal 1) first; levels without an ordinal are left out */
  levels: { key: string; label: string; ordinal: number }[];
  /** ClaimReview reviewRating bounds: worstRating = 1, bestRating = the highest ordinal */
  worstRating: number;
  bestRating: number;
}

export interface ReportCorrectionNote {
  date: Date;
  note: string;
  claimId: string | null;
}

export interface ReportMeta {
  title: string;
  /** absolute URL of the report page (the public URL when published); claim anchors are `${url}#${entry.claim.anchor}` */
  url: string;
  /** internal reports may include verdicts that are not approved; every such entry must be visibly marked */
  internal: boolean;
  /** human description of the scope in English (exports), e.g. "Article: Flooding in …" or "Workspace, 1–30 Nov 2026" */
  scopeDescription: string;
  /** the same scope as data, for the report page to word in the reader's language */
  scope: ReportScopeSummary;
  organisation: { name: string; url: string | null };
  ratingScale: ReportRatingScale;
  generatedAt: Date;
  publishedAt: Date | null;
  corrections: ReportCorrectionNote[];
  /**
   * The workspace's slug when every entry has a public fact-check page (published
   * output of a published report): ClaimReview urls and the report page link
   * those pages (lib/exports/entry-fact-check-url.ts). Absent or null otherwise.
   */
  factCheckSlug?: string | null;
}

/** What a report covers (describe-scope.ts summarizeScope). */
export type ReportScopeSummary =
  | { kind: "ARTICLE"; /** null once the article is deleted */ articleTitle: string | null }
  | { kind: "CLAIMS"; claimCount: number }
  | {
      kind: "CONFLICT";
      /** the conflict's English question; null when the conflict is gone or ratingsWithheld */
      question: string | null;
      questionParams: ConflictQuestionParams | null;
      /** published output of a verdict disagreement: its ratings may be unapproved, so it is named neutrally */
      ratingsWithheld: boolean;
    }
  | { kind: "WORKSPACE"; /** [from, to) */ from: Date | null; to: Date | null };

export interface ReportAppearance {
  articleId: string;
  articleTitle: string;
  articleUrl: string | null;
  outlet: string | null;
  articleAuthor: string | null;
  articlePublishedAt: Date | null;
  /** the article's language tag: its quote is rendered with that `lang` and `dir` */
  articleLanguage: string | null;
  /** the highlighted text of the claim in that article */
  quote: string;
  /**
   * How this passage differs from the claim, in words, with the editor's
   * "same claim despite the difference" note, and what a later article version
   * changed in it: "Altered quote: “…” → “…” (editor's note: …)". null when it
   * states the claim as it is. Every human-readable format shows it beside the
   * appearance, so an altered quote is never listed silently under a verdict.
   */
  difference: string | null;
  /** the same as data, for the report page to word in the reader's language; null when difference is (absent: the page shows difference) */
  differenceDetail?: AppearanceDifferenceDetail | null;
}

/** How a passage differs from the claim (load-report-entries.ts appearanceDifferenceDetail). */
export interface AppearanceDifferenceDetail {
  /** claim and passage: quotes or figures as written ("12 killed") */
  differences: { kind: "ALTERED_QUOTE" | "OTHER_FIGURE" | "INCOMPATIBLE_QUALIFIER"; claim: string; passage: string }[];
  /** the editor's "same claim despite the difference" note */
  note: string | null;
  /** what a later article version changed; its summary is stored in English */
  change: { summary: string; versionNumber: number | null } | null;
}

/** A typed relation of the entry's claim to another live claim of the workspace. */
export interface ReportRelation {
  kind: ClaimRelationKind;
  /** "outgoing": this claim → other ("this claim misquotes other"); "incoming": other → this claim (an incoming UPDATES supersedes this claim) */
  direction: "outgoing" | "incoming";
  other: {
    id: string;
    statement: string;
    claimant: string | null;
    /** the other claim's fragment id when it is an entry of the same report (same output, internal or published), else null */
    anchor: string | null;
  };
  note: string | null;
  /** TRANSLATION_OF: the language of the from-claim's wording (BCP 47) and the original-language wording, when known */
  language: string | null;
  originalWording: string | null;
}

export interface ReportEvidence {
  url: string;
  title: string;
  quote: string | null;
}

export interface ReportVerdict {
  id: string;
  status: VerdictStatus;
  approved: boolean;
  ratingKey: string;
  ratingLabel: string;
  /** null for levels outside the truth scale (e.g. unverifiable) */
  ratingOrdinal: number | null;
  summary: string;
  evidence: ReportEvidence[];
  authorName: string;
  /** the reviewer who approved the current revision, when approved */
  approvedByName: string | null;
  /** first approval of this verdict (ClaimReview datePublished); null when never approved */
  firstApprovedAt: Date | null;
  /** last change of the verdict (ClaimReview dateModified) */
  modifiedAt: Date;
}

export interface ReportEntry {
  claim: {
    id: string;
    statement: string;
    claimant: string | null;
    claimDate: Date | null;
    /** ClaimReview's claimReviewed when the statement is too long for it */
    shortStatement?: string | null;
    /** where the claim first appeared when no article of the workspace shows it (ClaimReview firstAppearance) */
    firstAppearanceUrl?: string | null;
    /** fragment id of the claim on the report page, unique within the report */
    anchor: string;
  };
  /** oldest article publication first: [0] is the first appearance */
  appearances: ReportAppearance[];
  /** the verdict shown for the claim; null when an internal report lists a claim without one */
  verdict: ReportVerdict | null;
  /** relations to other live claims of the workspace, both directions, oldest first */
  relations: ReportRelation[];
}

/** One annotation for the W3C Web Annotation export. */
export interface ExportAnnotation {
  id: string;
  articleId: string;
  articleTitle: string;
  /** the article's own URL when known; the target source */
  articleUrl: string | null;
  /** URL of the article in this app, used as source when articleUrl is null */
  appUrl: string;
  kind: "NOTE" | "CLAIM";
  /** UTF-16 code units of the canonical text, end exclusive (what the app stores) */
  start: number;
  end: number;
  /** the same span in Unicode code points (what most Web Annotation consumers expect) */
  startCodePoint: number;
  endCodePoint: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Markdown note */
  body: string;
  tags: string[];
  creatorName: string;
  /** the creator's stable IRI (lib/exports/web-annotation-vocab.ts agentIri): a person, or the organisation of a published export */
  creatorIri: string;
  creatorType?: "Person" | "Organization";
  created: Date;
  modified: Date;
  replies: { id: string; body: string; creatorName: string; creatorIri: string; created: Date; modified: Date }[];
}

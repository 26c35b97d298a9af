import { z } from "zod";
import { CLAIM_RELATION_KINDS } from "@/lib/claims/relations/schemas";
import { DateTime, Id } from "@/lib/api/http/wire";

/**
 * Wire schemas of what a passage states and how it differs from a claim:
 * lib/claims/extract (PassageExtraction, ClaimFieldsSuggestion),
 * lib/claims/agreement (AppearanceDifference, ExtractionChange) and
 * lib/claims/appearances (AppearanceDto, AppearanceWarning). Responses are
 * encoded with these, so a field the domain drops or renames fails loudly
 * (500 naming the operation) instead of vanishing from the document.
 */
export const QualifierSchema = z.enum(["EXACT", "AT_LEAST", "ABOUT", "MORE_THAN", "UP_TO", "FEWER_THAN"]);
const CalendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("YYYY-MM-DD");

const FigureSchema = z
  .object({
    text: z.string().describe('the figure as written: "at least 12", "dozens of"'),
    start: z.number().int().describe("UTF-16 offset in the passage"),
    end: z.number().int(),
    valueLow: z.number(),
    valueHigh: z.number().describe("equal to valueLow for a single number"),
    qualifier: QualifierSchema,
    qualifierText: z.string().nullable().describe('the words that gave the qualifier ("at least"); null when EXACT'),
    unit: z.string().nullable().describe('"percent", an ISO 4217 code, or null'),
    metric: z.string().nullable().describe('the normalized metric: "killed", "injured", "missiles"…'),
  })
  .meta({ id: "ExtractedFigure" });

const QuoteSchema = z
  .object({
    text: z.string().describe("the quoted words, without quotation marks"),
    speaker: z.string().nullable().describe("the name as written, else a role; null when unattributed"),
    partial: z.boolean().describe("the passage holds only part of the quotation"),
  })
  .meta({ id: "ExtractedQuote" });

export const PassageExtractionSchema = z
  .object({
    figures: z.array(FigureSchema),
    quotes: z.array(QuoteSchema),
    eventDate: CalendarDay.nullable().describe(
      "the day the passage names, else the dateline's, else the publication day",
    ),
  })
  .meta({
    id: "PassageExtraction",
    description:
      "What a passage states: its figures, its direct quotes with their speakers, the day of the event. Empty arrays when it states none.",
  });

const WordDiffSchema = z
  .array(z.object({ type: z.enum(["equal", "insert", "delete"]), text: z.string() }))
  .meta({ id: "WordDiff", description: "word by word, from the first text to the second" });

export const AppearanceDifferenceSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("ALTERED_QUOTE"),
      claimQuote: z.string(),
      passageQuote: z.string(),
      similarity: z.number(),
      diff: WordDiffSchema,
    }),
    z.object({
      kind: z.literal("OTHER_FIGURE"),
      metric: z.string().nullable(),
      claimFigure: z.string(),
      passageFigure: z.string(),
    }),
    z.object({
      kind: z.literal("INCOMPATIBLE_QUALIFIER"),
      metric: z.string().nullable(),
      claimFigure: z.string(),
      passageFigure: z.string(),
    }),
  ])
  .meta({
    id: "AppearanceDifference",
    description:
      "ALTERED_QUOTE: other words inside the quote; OTHER_FIGURE: another number for the same metric; INCOMPATIBLE_QUALIFIER: qualifiers that cannot both hold",
  });

export const ExtractionChangeSchema = z
  .object({
    figures: z
      .array(z.object({ before: z.string().nullable(), after: z.string().nullable() }))
      .describe("described figures that changed (both set), were added (before null) or removed (after null)"),
    quotes: z
      .array(
        z.object({
          before: z.string().nullable(),
          after: z.string().nullable(),
          diff: WordDiffSchema,
          speakerBefore: z
            .string()
            .nullable()
            .optional()
            .describe("set when the quote is now attributed to someone else"),
          speakerAfter: z.string().nullable().optional(),
        }),
      )
      .describe("quotes whose words changed, were added or removed"),
    summary: z.string().describe("one line for people"),
    versionNumber: z.number().int().optional().describe("the article version that made the change"),
  })
  .meta({ id: "ExtractionChange", description: "What a new article version changed in what the passage states" });

export const WarningSchema = z
  .object({
    appearanceId: Id,
    kind: z
      .enum(["differs", "changed"])
      .describe("differs: linked despite a difference; changed: a new article version changed what it states"),
    differences: z.array(AppearanceDifferenceSchema),
    change: ExtractionChangeSchema.nullable(),
    differenceNote: z.string().nullable(),
    summary: z.string(),
  })
  .meta({
    id: "AppearanceWarning",
    description: "Open until a reviewer approves a verdict on the claim with acknowledgeWarnings",
  });

export const AppearanceSchema = z
  .object({
    id: Id,
    annotationId: Id,
    articleId: Id,
    articleTitle: z.string(),
    outlet: z.string().nullable(),
    prefix: z.string(),
    exact: z.string(),
    suffix: z.string(),
    extraction: PassageExtractionSchema.nullable().describe("null for passages linked before extraction existed"),
    differences: z.array(AppearanceDifferenceSchema).describe("how it differs from the claim ([] = it agrees)"),
    differenceNote: z.string().nullable().describe("the editor's “same claim despite the difference” note"),
    change: ExtractionChangeSchema.nullable().describe("the last change a new article version made to what it states"),
    changedAt: DateTime.nullable(),
    acknowledgedAt: DateTime.nullable(),
    warning: WarningSchema.nullable().describe(
      "what a reviewer must acknowledge before approving a verdict on the claim",
    ),
  })
  .meta({ id: "Appearance" });

export const ClaimRelationSchema = z
  .object({
    id: Id,
    kind: z.enum(CLAIM_RELATION_KINDS),
    direction: z
      .enum(["outgoing", "incoming"])
      .describe("outgoing: this claim → other (“this claim misquotes other”); incoming: other → this claim"),
    other: z.object({ id: Id, statement: z.string(), claimant: z.string().nullable() }),
    note: z.string().nullable(),
    language: z.string().nullable().describe("TRANSLATION_OF: the language of the translating claim's quote"),
    originalWording: z.string().nullable(),
    createdAt: DateTime,
  })
  .meta({ id: "ClaimRelation" });

export const ClaimFieldsSuggestionSchema = z
  .object({
    statement: z.string(),
    claimant: z.string().nullable(),
    metric: z.string().nullable(),
    valueLow: z.number().nullable(),
    valueHigh: z.number().nullable(),
    qualifier: QualifierSchema.nullable(),
    unit: z.string().nullable(),
    eventDate: CalendarDay.nullable(),
  })
  .meta({
    id: "ClaimFieldsSuggestion",
    description: "The fields a claim made from the passage starts with (POST /claims fills blank fields the same way)",
  });

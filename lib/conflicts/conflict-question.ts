import { z } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import type { ClaimedValue } from "@/lib/claims/compare/compare-values";

/**
 * What a conflict's question is made of (Conflict.questionParams), so each
 * viewer reads it in their language. The English sentence stored beside it
 * (Conflict.question: audit events, the API, exports) is worded from the same
 * params with the English catalogue (englishQuestion), so the two cannot drift.
 */
export type ConflictQuestionParams = z.infer<typeof ConflictQuestionParamsSchema>;

const QUALIFIERS = [
  "EXACT",
  "AT_LEAST",
  "ABOUT",
  "MORE_THAN",
  "UP_TO",
  "FEWER_THAN",
] as const satisfies readonly ValueQualifier[];

const ConflictQuestionParamsSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("FIGURE_MISMATCH"),
    /** "Russian strike on Kyiv (2025-04-24, Kyiv)": workspace data and an ISO day, the same in every language */
    event: z.string(),
    metric: z.string(),
    values: z.array(
      z.object({
        valueLow: z.number(),
        valueHigh: z.number().nullable().optional(),
        qualifier: z.enum(QUALIFIERS).nullable().optional(),
        unit: z.string().nullable().optional(),
      }),
    ),
  }),
  z.object({
    kind: z.literal("QUOTE_MISMATCH"),
    speaker: z.string(),
    versions: z.number(),
    /** the first change in words between two versions, or null */
    change: z
      .discriminatedUnion("type", [
        z.object({ type: z.literal("replaced"), from: z.string(), to: z.string() }),
        z.object({ type: z.literal("dropped"), text: z.string() }),
        z.object({ type: z.literal("added"), text: z.string() }),
      ])
      .nullable(),
  }),
  z.object({
    kind: z.literal("VERDICT_DISAGREEMENT"),
    /** worst first; label null until the workspace's labels are known (the detector knows keys only); empty = ratings withheld (see questionParamsFor) */
    ratings: z.array(z.object({ key: z.string(), label: z.string().nullable(), count: z.number() })),
  }),
]);

/** The params stored on a conflict, or null (stored before params existed, or not understood). */
export function parseQuestionParams(stored: unknown): ConflictQuestionParams | null {
  const parsed = ConflictQuestionParamsSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

type QuantityKey = `question.value.${ValueQualifier}`;
type SentenceKey =
  | "figurePair"
  | "figureMany"
  | "quoteReplaced"
  | "quoteDropped"
  | "quoteAdded"
  | "quotePlain"
  | "verdict"
  | "verdictRating"
  | "verdictRatingKey"
  | "verdictRatingsJoin"
  | "verdictHidden";
export type QuestionMessageKey = QuantityKey | `question.${SentenceKey}`;

/** A `conflicts` translator, narrowed to the question's messages: pass `(key, values) => t(key, values)`. */
export type QuestionFormat = (key: QuestionMessageKey, values: Record<string, string | number>) => string;

/** Pure: the question worded with the given messages; numbers written the locale's way. */
export function wordQuestion(params: ConflictQuestionParams, format: QuestionFormat, locale: Locale): string {
  switch (params.kind) {
    case "FIGURE_MISMATCH": {
      const values = params.values.map((value) => wordValue(value, format, locale));
      const base = { event: params.event, metric: params.metric };
      if (values.length === 2) return format("question.figurePair", { ...base, first: values[0]!, second: values[1]! });
      return format("question.figureMany", { ...base, values: values.join("; ") });
    }
    case "QUOTE_MISMATCH": {
      const base = { speaker: params.speaker, versions: params.versions };
      const change = params.change;
      if (!change) return format("question.quotePlain", base);
      if (change.type === "replaced")
        return format("question.quoteReplaced", { ...base, from: change.from, to: change.to });
      return format(change.type === "dropped" ? "question.quoteDropped" : "question.quoteAdded", {
        ...base,
        text: change.text,
      });
    }
    case "VERDICT_DISAGREEMENT": {
      if (params.ratings.length === 0) return format("question.verdictHidden", {});
      const ratings = params.ratings.map((r) =>
        r.label === null
          ? format("question.verdictRatingKey", { key: r.key, count: r.count })
          : format("question.verdictRating", { label: r.label, count: r.count }),
      );
      return format("question.verdict", {
        ratings: ratings.reduce((all, next) => format("question.verdictRatingsJoin", { ratings: all, next })),
      });
    }
  }
}

/** Pure: "at least 12", "about 10–15 EUR", "12,5 %"-style numbers in the locale's own digits grouping. */
function wordValue(value: ClaimedValue, format: QuestionFormat, locale: Locale): string {
  const high = value.valueHigh ?? value.valueLow;
  const number =
    high > value.valueLow
      ? `${formatNumber(value.valueLow, locale)}–${formatNumber(high, locale)}`
      : formatNumber(value.valueLow, locale);
  const unit = value.unit ? (isPercent(value.unit) ? "%" : ` ${value.unit}`) : "";
  return format(`question.value.${value.qualifier ?? "EXACT"}`, { amount: `${number}${unit}` });
}

function isPercent(unit: string): boolean {
  return ["%", "percent", "per cent"].includes(unit.trim().toLowerCase());
}

function formatNumber(n: number, locale: Locale): string {
  // en-US: the grouping the English question has always had
  return n.toLocaleString(locale === "en" ? "en-US" : locale, { maximumFractionDigits: 6 });
}

const english = translatorFor("en", "conflicts");

/** Pure: the English question (Conflict.question) for these params. */
export function englishQuestion(params: ConflictQuestionParams): string {
  return wordQuestion(params, (key, values) => english(key, values), "en");
}

/** The question in the viewer's language; a conflict stored without params keeps its English text. */
export function viewerQuestion(
  conflict: { question: string; questionParams: ConflictQuestionParams | null },
  format: QuestionFormat,
  locale: Locale,
): string {
  return conflict.questionParams ? wordQuestion(conflict.questionParams, format, locale) : conflict.question;
}

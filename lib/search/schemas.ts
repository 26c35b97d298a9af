import { z } from "zod";
import { InvalidInputError, type FieldErrors } from "@/lib/errors";
import { isRealIsoDate } from "@/lib/validation/date-field";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { AnchorState, VerdictStatus } from "@/lib/generated/prisma/enums";

export const SEARCH_TYPES = ["all", "articles", "annotations", "claims"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export type HitType = Exclude<SearchType, "all">;

export { MAX_QUERY_LENGTH };
/** results per page when one type is shown */
export const PAGE_SIZE = 20;
/** results per type on the "all" overview */
export const PREVIEW_SIZE = 5;
/**
 * Ranking window: results are ranked (ts_rank) among the newest RANK_WINDOW
 * matches of each type. A query matching more — a word in most articles —
 * would otherwise have to read and rank every match's vector, which no index
 * can avoid; the newest ones are what a newsroom looks for first, and the page
 * says when the window was full (lib/search/README.md).
 */
export const RANK_WINDOW = 500;
/** the pages of one ranking window */
export const MAX_PAGE = RANK_WINDOW / PAGE_SIZE;

/**
 * Control characters (PostgreSQL refuses NUL in text) and the private-use
 * characters the snippets use as highlight markers (lib/search/snippet.ts)
 * never reach a query.
 */
const UNSEARCHABLE = /[\u0000-\u001f\u007f\ue000\ue001]/g;

const date = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealIsoDate(v), `Enter the ${label} date as YYYY-MM-DD.`)
    .transform((v) => new Date(`${v}T00:00:00.000Z`))
    .optional();

/**
 * The search page's URL parameters. Every filter is optional; the empty
 * string of an untouched form field means "no filter". Which filter applies to
 * which result type is described in lib/search/README.md.
 */
export const SearchInputSchema = z
  .object({
    q: z
      .string({ message: "Type a word or phrase to search for." })
      .transform((v) => v.replace(UNSEARCHABLE, " ").trim())
      .pipe(
        z
          .string()
          .min(1, "Type a word or phrase to search for.")
          .max(MAX_QUERY_LENGTH, `Use at most ${MAX_QUERY_LENGTH} characters.`),
      ),
    type: z.enum(SEARCH_TYPES, { message: "Choose articles, notes or claims." }).default("all"),
    page: z.coerce
      .number({ message: "The page must be a number." })
      .int("The page must be a whole number.")
      .min(1, "Pages start at 1.")
      .max(MAX_PAGE, `Only the first ${MAX_PAGE} pages are shown: narrow the search instead.`)
      .default(1),
    rating: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,59}$/, "Choose a rating from the list.")
      .optional(),
    status: z.enum(VerdictStatus, { message: "Choose a review state from the list." }).optional(),
    author: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose an author from the list.")
      .optional(),
    tag: z
      .string()
      .trim()
      .toLowerCase()
      .max(40, "A tag has at most 40 characters.")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _.")
      .optional(),
    outlet: z.string().trim().min(1).max(200, "Use at most 200 characters.").optional(),
    from: date("from"),
    to: date("to"),
    anchor: z.enum(AnchorState, { message: "Choose an anchor state from the list." }).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    path: ["to"],
    message: "The “to” date is before the “from” date.",
  });

export type SearchInput = z.output<typeof SearchInputSchema>;
export type SearchFilters = Omit<SearchInput, "q" | "type" | "page">;

/** Filters that narrow results, in the order the form shows them (for "clear" links and summaries). */
export const FILTER_KEYS = [
  "rating",
  "status",
  "author",
  "tag",
  "outlet",
  "from",
  "to",
  "anchor",
] as const satisfies readonly (keyof SearchFilters)[];

/**
 * Parses the search page's URL parameters (Next.js `searchParams`): an empty
 * field is no filter, a repeated parameter is refused, unknown ones are
 * ignored. Throws InvalidInputError with a message per field.
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchInput {
  const input: Record<string, string> = {};
  const fieldErrors: FieldErrors = {};
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) fieldErrors[key] = ["Give this only once."];
    else if (value !== undefined && (value !== "" || key === "q")) input[key] = value;
  }
  const result = SearchInputSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) (fieldErrors[issue.path.join(".") || "q"] ??= []).push(issue.message);
  }
  if (!result.success || Object.keys(fieldErrors).length > 0)
    throw new InvalidInputError("Check the search: some fields are not valid.", fieldErrors);
  return result.data;
}

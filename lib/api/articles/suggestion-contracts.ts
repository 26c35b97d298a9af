import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { Id } from "@/lib/api/http/wire";
import { CANDIDATE_CLAIMS } from "@/lib/claims/candidates";

export const ArticleSuggestionsSchema = z
  .object({
    items: z.array(
      z.object({
        start: z.number().int().describe("the sentence, as UTF-16 offsets of the latest version"),
        end: z.number().int(),
        sentence: z.string(),
        claim: z
          .object({
            id: Id,
            statement: z.string(),
            score: z.number().describe("how alike the sentence and the statement are, 0.5 to 1"),
          })
          .nullable()
          .describe("an existing claim (checked or not) the sentence likely states; null: none"),
        reasons: z
          .array(z.string())
          .describe("why the sentence is worth checking: `figures`, `direct quote`, `attribution` (empty: none)"),
      }),
    ),
    compared: z
      .number()
      .int()
      .describe(
        `the claims compared with the sentences: those sharing most names and figures with the article, at most ${CANDIDATE_CLAIMS}`,
      ),
    capped: z
      .boolean()
      .describe("more claims share some of them than were compared: a sentence may state one of those left out"),
  })
  .meta({ id: "ArticleSuggestions" });

export const findArticleSuggestionsRoute = defineRoute({
  method: "GET",
  path: "/articles/{articleId}/suggestions",
  operationId: "findArticleSuggestions",
  summary: "Sentences of the article to check",
  description:
    "As the reader suggests them: the latest version's sentences, in text order, that likely state an existing claim of the workspace or look worth checking (figures, a direct quote, an attribution). " +
    "Sentences already annotated are left out. Suggestions only: nothing is annotated.",
  tag: "Articles",
  role: "EDITOR",
  params: z.object({ articleId: Id }),
  success: { status: 200, description: "The suggestions", schema: ArticleSuggestionsSchema },
  errors: [403, 404],
});

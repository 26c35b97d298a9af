import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/lib/text-import/import-limits";
import { defineRoute } from "@/lib/api/route-contract";
import { Id } from "@/lib/api/http/wire";
import { articleResource } from "@/lib/api/articles/contracts";
import { AnchorState } from "@/lib/generated/prisma/enums";
import { CANDIDATE_CLAIMS, SAME_METRIC_CLAIMS, SAME_METRIC_DAYS } from "@/lib/claims/candidates";

const ArticleParams = z.object({ articleId: Id });

export const ImportVersionJsonSchema = z
  .object({
    format: z
      .enum(["text", "markdown", "html"])
      .default("text")
      .describe("how to read `content`: plain text, Markdown, or an HTML page (reduced to its article text)"),
    content: z.string().min(1),
  })
  .meta({ id: "ImportArticleVersion" });

const AnchorStateCounts = z
  .partialRecord(z.enum(AnchorState), z.number().int())
  .describe("how many annotations were re-anchored in each state");

export const ImportVersionResultSchema = z
  .object({
    created: z.boolean().describe("false: the text equals the latest version's, nothing was stored"),
    versionNumber: z.number().int().describe("the new version, or the latest one when nothing changed"),
    states: AnchorStateCounts,
    claims: z
      .object({
        changed: z
          .number()
          .int()
          .describe(
            "claim appearances whose figures or quotes the new version changed (each now carries a `changed` warning)",
          ),
        reportsFlagged: z
          .number()
          .int()
          .describe("published reports that now need a correction (GET /reports/{reportId}/pending-corrections)"),
      })
      .describe("what the new version changed in claims"),
  })
  .meta({ id: "ImportVersionResult" });

const Finding = {
  claimId: Id,
  statement: z.string().describe("the checked claim"),
  start: z.number().int().describe("the sentence, as UTF-16 offsets of the latest version"),
  end: z.number().int(),
  sentence: z.string(),
};

export const ImportFindingsSchema = z
  .object({
    repeats: z
      .array(z.object(Finding))
      .describe(
        "sentences that state a claim already checked (an approved verdict), the same way: “repeats N claims already checked”",
      ),
    disagreements: z
      .array(z.object({ ...Finding, passageFigure: z.string(), claimFigure: z.string() }))
      .describe(
        "sentences that give another figure than a checked claim for the same thing, a contradicting one or another count both can hold (“at least 19 killed” for “at least 12 killed”): “N figures disagree”",
      ),
    compared: z
      .number()
      .int()
      .describe(
        `the checked claims compared with the sentences: those sharing most names and figures with the article, at most ${CANDIDATE_CLAIMS}, and the checked claims counting the metric of one of its figures and holding every name of its sentence, of an event in the ${SAME_METRIC_DAYS} days before the article's date or without an event date, at most ${SAME_METRIC_CLAIMS} of each per spelling of the metric; each claim once`,
      ),
    capped: z
      .boolean()
      .describe(
        "more checked claims share some of them than were compared, or more of one figure's metric: the findings may leave some out",
      ),
  })
  .meta({ id: "ImportFindings" });

export const importArticleVersionRoute = defineRoute({
  method: "POST",
  path: "/articles/{articleId}/versions",
  operationId: "importArticleVersion",
  summary: "Import changed text as the article's next version",
  description:
    "The raw content as text/plain, text/markdown or text/html, or a JSON body (`format`, `content`), reduced to canonical text as in POST /articles. " +
    "The same text as the latest version stores nothing (`created: false`). Otherwise every annotation is re-anchored and every claim passage read again: " +
    "a changed figure or quote flags the claim and the published reports covering it. Conflict detection runs afterwards.",
  tag: "Articles",
  role: "EDITOR",
  params: ArticleParams,
  body: {
    mediaTypes: {
      "application/json": ImportVersionJsonSchema,
      "text/plain": z.string(),
      "text/markdown": z.string(),
      "text/html": z.string(),
    },
    maxBytes: MAX_IMPORT_BYTES + 1024 * 1024,
  },
  success: {
    status: 200,
    description: "What the import did (ETag: the article's new one)",
    schema: ImportVersionResultSchema,
  },
  errors: [400, 403, 404, 413, 415, 422],
  resource: articleResource,
});

export const findImportFindingsRoute = defineRoute({
  method: "GET",
  path: "/articles/{articleId}/findings",
  operationId: "findImportFindings",
  summary: "What the article says about claims already checked",
  description:
    "Its latest version's sentences matched with the workspace's checked claims (an approved verdict): repeats, and figures that disagree.",
  tag: "Articles",
  role: "EDITOR",
  params: ArticleParams,
  success: { status: 200, description: "The findings", schema: ImportFindingsSchema },
  errors: [403, 404],
});

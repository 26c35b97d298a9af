import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { MAX_PAGE_SIZE } from "@/lib/paging/newest-first";
import { DateTime, Id, pageSchema } from "@/lib/api/http/wire";
import { SOURCE_HEALTHS } from "@/lib/sources/source-dto";

const SourceHealthSchema = z
  .enum(SOURCE_HEALTHS)
  .describe(
    "UNCHECKED until fetched; DEAD: no answer or status ≥ 400; CHANGED: its readable text differs from the preserved copy",
  );

const sourceFields = {
  id: Id,
  url: z.string().describe("the cited address, as the evidence gives it"),
  title: z.string().nullable().describe("the page's title as fetched"),
  fetchedAt: DateTime.nullable().describe("when the copy was preserved; null until the fetch succeeded"),
  httpStatus: z
    .number()
    .int()
    .nullable()
    .describe("what the source answered then: a 404 is preserved as dead at citation"),
  contentType: z.string().nullable(),
  contentHash: z
    .string()
    .nullable()
    .describe("SHA-256 (hex) of the preserved readable text, or of the bytes when there is no text (a PDF)"),
  error: z.string().nullable().describe("why preservation has failed so far"),
  attempts: z.number().int(),
  health: SourceHealthSchema,
  checkedAt: DateTime.nullable().describe("the last periodic check"),
  checkStatus: z.number().int().nullable(),
  checkError: z.string().nullable(),
};

export const SourceSummarySchema = z.object(sourceFields).meta({ id: "SourceSummary" });

export const SourceSchema = z
  .object({
    ...sourceFields,
    text: z.string().nullable().describe("the preserved readable text"),
    checkHash: z.string().nullable().describe("the hash the last check saw"),
    createdAt: DateTime,
  })
  .meta({ id: "Source" });

export const SourcePageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(25).describe(`page size, 1 to ${MAX_PAGE_SIZE}`),
  cursor: z.string().max(2000).optional().describe("`nextCursor` (or `previousCursor`) of the page read before"),
  health: SourceHealthSchema.optional().describe("only sources of this health"),
});

export const listSourcesRoute = defineRoute({
  method: "GET",
  path: "/sources",
  operationId: "listSources",
  summary: "List the workspace's preserved sources, by address",
  description:
    "Every source cited as evidence (and every article imported by URL) gets a preserved copy, fetched in the background.",
  tag: "Sources",
  role: "VIEWER",
  query: SourcePageQuerySchema,
  success: {
    status: 200,
    description: "A page of sources (without their text)",
    schema: pageSchema(SourceSummarySchema, "SourcePage"),
  },
  errors: [400],
});

export const getSourceRoute = defineRoute({
  method: "GET",
  path: "/sources/{sourceId}",
  operationId: "getSource",
  summary: "Get a preserved source with its stored copy",
  tag: "Sources",
  role: "VIEWER",
  params: z.object({ sourceId: Id }),
  success: { status: 200, description: "The source and its preserved text", schema: SourceSchema },
  errors: [404],
});

export const checkSourcesRoute = defineRoute({
  method: "POST",
  path: "/sources/check",
  operationId: "checkSources",
  summary: "Check the workspace's preserved sources now",
  description:
    "Enqueues a background re-fetch of the sources (oldest check first, a bounded batch), which marks them LIVE, CHANGED or DEAD. Admins only. No body. `queued: false`: a check was already waiting.",
  tag: "Sources",
  role: "ADMIN",
  success: {
    status: 200,
    description: "The check is enqueued",
    schema: z.object({ queued: z.boolean() }).meta({ id: "SourceCheckRequest" }),
  },
  errors: [403],
});

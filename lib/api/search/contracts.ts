import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { MAX_OUTLET_SUGGESTIONS, OUTLET_SUGGESTIONS } from "@/lib/search/find-outlets";

export const OutletQuerySchema = z.object({
  q: z.string().max(200).optional().describe("only outlets whose name contains this, in any case"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_OUTLET_SUGGESTIONS)
    .default(OUTLET_SUGGESTIONS)
    .describe(`how many, 1 to ${MAX_OUTLET_SUGGESTIONS}`),
});

export const OutletListSchema = z
  .object({ items: z.array(z.string()).describe("outlet names, alphabetically") })
  .meta({ id: "OutletList" });

export const listOutletsRoute = defineRoute({
  method: "GET",
  path: "/search/outlets",
  operationId: "listOutlets",
  summary: "The outlets of the workspace's articles, or those whose name contains `q` (the search page's outlet field)",
  description:
    "Alphabetically, the first `limit`: type more of the name to narrow them. The search's outlet filter takes an outlet's whole name, in any case.",
  tag: "Articles",
  role: "VIEWER",
  query: OutletQuerySchema,
  success: { status: 200, description: "Matching outlets", schema: OutletListSchema },
  errors: [400],
});

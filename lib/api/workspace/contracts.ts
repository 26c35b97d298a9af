import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import { JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { UpdateNameVariantsInputSchema } from "@/lib/workspaces/schemas";

export const NameVariantsSchema = z
  .object({
    groups: z
      .array(z.string())
      .describe(
        'the workspace\'s own groups of spellings, "Kyiv|Kiev|Kiew"; common ones (Kyiv|Kiev, Zelenskyy|Zelensky …) are built in',
      ),
  })
  .meta({ id: "NameVariants" });

/** The workspace's spelling variants (a setting: its row is the workspace's). */
export const nameVariantsResource = defineResource({
  name: "Name variants",
  schema: NameVariantsSchema,
  table: "Workspace",
  idParam: null,
  load: (actor) => getNameVariants(actor),
});

export const getNameVariantsRoute = defineRoute({
  method: "GET",
  path: "/workspace/name-variants",
  operationId: "getNameVariants",
  summary: "Get the workspace's spelling variants of names and places",
  description:
    "Claim look-up, search and suggestions treat the spellings of a group as one word, besides the built-in groups.",
  tag: "Workspace",
  role: "VIEWER",
  success: { status: 200, description: "The workspace's groups", schema: NameVariantsSchema },
  errors: [],
  resource: nameVariantsResource,
});

export const replaceNameVariantsRoute = defineRoute({
  method: "PUT",
  path: "/workspace/name-variants",
  operationId: "replaceNameVariants",
  summary: "Replace the workspace's spelling variants (admins)",
  description:
    "Send the whole list. A group may not make two built-in names one (Kyiv|Kharkiv), and a spelling belongs to one group (422).",
  tag: "Workspace",
  role: "ADMIN",
  body: {
    mediaTypes: { "application/json": UpdateNameVariantsInputSchema.meta({ id: "ReplaceNameVariants" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The saved groups, spellings trimmed", schema: NameVariantsSchema },
  errors: [400, 403, 413, 415, 422],
  resource: nameVariantsResource,
});

import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { getPublishingSettings } from "@/lib/workspaces/get-publishing-settings";
import { UpdatePublishingSettingsInputSchema } from "@/lib/workspaces/publishing-settings-schemas";

export const PublishingSettingsSchema = z
  .object({
    methodologyUrl: z
      .string()
      .nullable()
      .describe("the newsroom's page on how it checks facts, linked from every public fact-check page; null: none"),
    showCheckerNames: z
      .boolean()
      .describe("public fact-check pages name the verdict's author and the reviewer who approved it"),
  })
  .meta({ id: "PublishingSettings" });

/** What the public fact-check pages link and name (a setting: its row is the workspace's). */
export const publishingSettingsResource = defineResource({
  name: "Publishing settings",
  schema: PublishingSettingsSchema,
  table: "Workspace",
  idParam: null,
  load: (actor) => getPublishingSettings(actor),
});

export const getPublishingSettingsRoute = defineRoute({
  method: "GET",
  path: "/workspace/publishing",
  operationId: "getPublishingSettings",
  summary: "What the public fact-check pages link and name (admins)",
  description:
    "The methodology page every public fact-check links (IFCN principle 4), and whether the pages name the author and reviewer.",
  tag: "Workspace",
  role: "ADMIN",
  success: { status: 200, description: "The settings", schema: PublishingSettingsSchema },
  errors: [403],
  resource: publishingSettingsResource,
});

export const replacePublishingSettingsRoute = defineRoute({
  method: "PUT",
  path: "/workspace/publishing",
  operationId: "replacePublishingSettings",
  summary: "Set the methodology page and whether public fact-checks name their checkers (admins)",
  description:
    "Send both fields. methodologyUrl must be an http(s) address, or null (or empty) for none (400 otherwise). The public pages follow within their cache time (five minutes).",
  tag: "Workspace",
  role: "ADMIN",
  body: {
    mediaTypes: { "application/json": UpdatePublishingSettingsInputSchema.meta({ id: "ReplacePublishingSettings" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The saved settings", schema: PublishingSettingsSchema },
  errors: [400, 403, 413, 415],
  resource: publishingSettingsResource,
});

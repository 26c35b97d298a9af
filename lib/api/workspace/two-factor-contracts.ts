import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getTwoFactorRequirement } from "@/lib/workspaces/get-two-factor-requirement";
import { JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { UpdateTwoFactorRequirementInputSchema } from "@/lib/workspaces/two-factor-requirement-schemas";

export const TwoFactorRequirementSchema = z
  .object({
    required: z
      .boolean()
      .describe("reviewers and admins must sign in with an authenticator code (TOTP) to work in the workspace"),
    membersWithoutTwoFactor: z
      .number()
      .int()
      .describe(
        "reviewers and admins who have not set up two-factor sign-in yet; while it is required they are refused until they do",
      ),
  })
  .meta({ id: "TwoFactorRequirement" });

/** Whether the workspace requires two-factor sign-in (a setting: its row is the workspace's). */
export const twoFactorRequirementResource = defineResource({
  name: "Two-factor requirement",
  schema: TwoFactorRequirementSchema,
  table: "Workspace",
  idParam: null,
  load: (actor) => getTwoFactorRequirement(actor),
});

export const getTwoFactorRequirementRoute = defineRoute({
  method: "GET",
  path: "/workspace/two-factor",
  operationId: "getTwoFactorRequirement",
  summary: "Whether the workspace requires two-factor sign-in (admins)",
  description:
    "Setting up an authenticator app is personal and done in the browser (Account → Two-factor sign-in); it has no API.",
  tag: "Workspace",
  role: "ADMIN",
  success: { status: 200, description: "The requirement", schema: TwoFactorRequirementSchema },
  errors: [403],
  resource: twoFactorRequirementResource,
});

export const replaceTwoFactorRequirementRoute = defineRoute({
  method: "PUT",
  path: "/workspace/two-factor",
  operationId: "replaceTwoFactorRequirement",
  summary: "Require two-factor sign-in for reviewers and admins, or stop requiring it (admins)",
  description:
    "Turning it on is refused (409) while the token's creator has not set up two-factor sign-in, so no admin locks themselves out. Reviewers and admins without it are refused from their next request.",
  tag: "Workspace",
  role: "ADMIN",
  body: {
    mediaTypes: {
      "application/json": UpdateTwoFactorRequirementInputSchema.meta({ id: "ReplaceTwoFactorRequirement" }),
    },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The saved requirement", schema: TwoFactorRequirementSchema },
  errors: [400, 403, 409, 413, 415],
  resource: twoFactorRequirementResource,
});

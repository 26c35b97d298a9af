import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { LOCALES } from "@/lib/i18n/locales";
import { RoleSchema } from "@/lib/members/schemas";
import { UpdateLocaleInputSchema } from "@/lib/users/update-locale";
import { UpdateTimeZoneInputSchema } from "@/lib/users/update-time-zone";

const LANGUAGE = `the interface language: one of ${LOCALES.map((l) => `"${l}"`).join(", ")}; null: not chosen (the browser's language, else English)`;
const TIME_ZONE = `the IANA time zone the app shows times in, e.g. "Europe/Kyiv"; null: not chosen (the browser's zone, else UTC)`;

export const PreferencesSchema = z
  .object({
    language: z.enum(LOCALES).nullable().describe(LANGUAGE),
    timeZone: z.string().nullable().describe(TIME_ZONE),
  })
  .meta({ id: "Preferences" });

export const MeSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string(),
    role: RoleSchema.describe(
      "the role the token acts with: the lower of the token's role and the person's role in the workspace",
    ),
    workspace: z.object({ id: z.string(), slug: z.string(), name: z.string() }).describe("the token's workspace"),
    language: PreferencesSchema.shape.language,
    timeZone: PreferencesSchema.shape.timeZone,
  })
  .meta({ id: "Me" });

/**
 * The body of PUT /me/preferences: the account page's two fields, checked by
 * the same schemas as its forms (one home for each rule: lib/users), with null
 * for "not chosen" as JSON says it ("" means the same, as in the forms).
 */
export const ReplacePreferencesInputSchema = z
  .object({
    language: UpdateLocaleInputSchema.shape.locale.nullable().describe(LANGUAGE),
    timeZone: UpdateTimeZoneInputSchema.shape.timeZone.nullable().describe(TIME_ZONE),
  })
  // no other field: whose preferences they are comes from the token, never from the body
  .strict()
  .meta({ id: "ReplacePreferences" });

export const getMeRoute = defineRoute({
  method: "GET",
  path: "/me",
  operationId: "getMe",
  summary: "Who the token acts as: the person, their role in the workspace, and their language and time zone",
  description: "Always the token's own person (the member who made the token); there is no way to name another.",
  tag: "Me",
  role: "VIEWER",
  success: { status: 200, description: "The token's person", schema: MeSchema },
  errors: [],
});

export const replacePreferencesRoute = defineRoute({
  method: "PUT",
  path: "/me/preferences",
  operationId: "replacePreferences",
  summary: "Set the token's person's interface language and time zone",
  description:
    "As on the account page, for the token's own person only. Send both fields; null (or an empty string) means not chosen. " +
    "An unknown language or time zone, or any other field, is refused (400, with the field's message) and nothing changes. Each change is written to the audit trail.",
  tag: "Me",
  role: "VIEWER",
  body: { mediaTypes: { "application/json": ReplacePreferencesInputSchema }, maxBytes: JSON_BODY_LIMIT },
  success: { status: 200, description: "The saved preferences", schema: PreferencesSchema },
  errors: [400, 413, 415],
});

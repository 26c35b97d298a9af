import { z } from "zod";
import { RoleSchema } from "@/lib/members/schemas";
import { isRealIsoDate } from "@/lib/validation/date-field";

/** The "Expires" choices: a number of days from now, never, or a date of the admin's choice. */
export const TOKEN_LIFETIMES = ["30", "90", "365", "never", "date"] as const;
export type TokenLifetime = (typeof TOKEN_LIFETIMES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
/** A chosen date further out than this is a typo (year 2205), not a plan. */
const LATEST_EXPIRY_YEARS = 5;

/**
 * When a new token stops working, from the form's "Expires" choice, at the
 * moment of creation: N days from now, never (null), or the end of the chosen
 * day in UTC — the token still works all through that day.
 */
export function tokenExpiry(lifetime: TokenLifetime, expiresOn: string | undefined, now: Date): Date | null {
  if (lifetime === "never") return null;
  if (lifetime === "date") return new Date(Date.parse(`${expiresOn}T00:00:00Z`) + DAY_MS);
  return new Date(now.getTime() + Number(lifetime) * DAY_MS);
}

export const CreateApiTokenInputSchema = z
  .object({
    name: z.string().trim().min(1, "Name the token after what uses it.").max(100, "Use at most 100 characters."),
    role: RoleSchema,
    expires: z.enum(TOKEN_LIFETIMES, { message: "Choose when the token expires." }).default("never"),
    /** YYYY-MM-DD, with expires = "date" */
    expiresOn: z.string().trim().max(10).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.expires !== "date") return;
    if (!input.expiresOn || !/^\d{4}-\d{2}-\d{2}$/.test(input.expiresOn) || !isRealIsoDate(input.expiresOn)) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Enter the last day the token works, as YYYY-MM-DD.",
      });
      return;
    }
    const today = new Date().toISOString().slice(0, 10);
    const latest = `${new Date().getUTCFullYear() + LATEST_EXPIRY_YEARS}${today.slice(4)}`;
    if (input.expiresOn < today)
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Choose today or a later day." });
    else if (input.expiresOn > latest)
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: `Choose a day within ${LATEST_EXPIRY_YEARS} years, or “Never”.`,
      });
  })
  .transform(({ name, role, expires, expiresOn }) => ({
    name,
    role,
    expiresAt: tokenExpiry(expires, expiresOn, new Date()),
  }));
/** What createApiToken takes: without `expiresAt` (code, tests) the token never expires. */
export type CreateApiTokenInput = Omit<z.output<typeof CreateApiTokenInputSchema>, "expiresAt"> & {
  expiresAt?: Date | null;
};

export const RevokeApiTokenInputSchema = z.object({ tokenId: z.string().min(1) });
export type RevokeApiTokenInput = z.infer<typeof RevokeApiTokenInputSchema>;

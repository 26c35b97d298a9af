import { z } from "zod";

const code = z.string().trim().min(1, "Enter the code from your authenticator app.").max(64, "That is not a code.");

/** A current code: 6 digits from the app, or (where a recovery code is allowed) one of the recovery codes. */
export const TwoFactorCodeInputSchema = z.object({ code });
export type TwoFactorCodeInput = z.infer<typeof TwoFactorCodeInputSchema>;

/** Confirming the set-up takes an authenticator code only: "123456" or "123 456". */
export const TotpCodeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3} ?\d{3}$/, "Enter the 6 digits your app shows."),
});

/** `password` is absent for accounts that sign in only through SSO (they have none). */
export const DisableTwoFactorInputSchema = z.object({ password: z.string().max(200).default(""), code });
export type DisableTwoFactorInput = z.infer<typeof DisableTwoFactorInputSchema>;

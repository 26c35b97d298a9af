import { z } from "zod";
import { openSecret, sealSecret, secretBoxKey } from "@/lib/crypto/secret-box";

/**
 * What User.totpSecret and User.totpPendingSecret hold, encrypted: the base32
 * secret and the last time step a code was accepted for. Keeping the step in
 * the sealed value (there is no column for it) makes replay protection work
 * across app instances: the row is updated only if it still holds the box
 * that was read (compare-and-swap), so one code signs in once.
 */
export interface TotpState {
  secret: string;
  lastUsedStep: number | null;
}

const TotpStateSchema = z.object({
  secret: z.string().regex(/^[A-Z2-7]+=*$/),
  lastUsedStep: z.number().int().nullable(),
});

const contextOf = (userId: string) => `totp:${userId}`;

export function sealTotpState(userId: string, state: TotpState): string {
  return sealSecret(secretBoxKey("two-factor"), JSON.stringify(state), contextOf(userId));
}

/** Throws SecretBoxError when the box cannot be opened (altered, or NEXTAUTH_SECRET changed). */
export function openTotpState(userId: string, box: string): TotpState {
  return TotpStateSchema.parse(JSON.parse(openSecret(secretBoxKey("two-factor"), box, contextOf(userId))));
}

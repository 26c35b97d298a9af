import { openSecret, sealSecret, secretBoxKey } from "@/lib/crypto/secret-box";

/**
 * SECURITY: what WebhookEndpoint.secret holds. The app must read a signing
 * secret back to sign each try, so it cannot be hashed: it is sealed
 * (lib/crypto/secret-box.ts, bound to its endpoint's id), and a database
 * dump alone cannot forge a newsroom's webhooks. Endpoints registered before
 * sealing hold their secret in clear ("whsec_…") until the migrate step seals
 * it (sealLegacyWebhookSecrets) or an admin rotates it; both forms are read.
 */
const contextOf = (endpointId: string) => `webhook:${endpointId}`;
/** what a secret stored in clear starts with (a sealed one starts with the box's version) */
export const LEGACY_PREFIX = "whsec_";

export function sealWebhookSecret(endpointId: string, secret: string): string {
  return sealSecret(secretBoxKey("webhook"), secret, contextOf(endpointId));
}

/** The signing secret; throws SecretBoxError when the box does not open (altered, or NEXTAUTH_SECRET changed). */
export function openWebhookSecret(endpointId: string, stored: string): string {
  if (stored.startsWith(LEGACY_PREFIX)) return stored;
  return openSecret(secretBoxKey("webhook"), stored, contextOf(endpointId));
}

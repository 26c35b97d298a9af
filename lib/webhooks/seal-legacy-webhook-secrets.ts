import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { LEGACY_PREFIX, sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";

/**
 * The migrate step's sealing of signing secrets stored in clear (endpoints
 * registered before secrets were sealed): each is replaced by its box, only
 * if it still holds the clear secret that was read (an admin may rotate it
 * meanwhile). Needs NEXTAUTH_SECRET, the key's source; without it nothing is
 * sealed (the clear secrets still work) and the step says so. Idempotent: on
 * later starts it finds nothing. No actor: a maintenance step of the
 * operator's, and the secret, which is never audited, does not change.
 */
export async function sealLegacyWebhookSecrets(client: PrismaClient): Promise<{ sealed: number; waiting: number }> {
  const legacy = await client.webhookEndpoint.findMany({
    where: { secret: { startsWith: LEGACY_PREFIX } },
    select: { id: true, secret: true },
  });
  if (legacy.length === 0 || !env().NEXTAUTH_SECRET) return { sealed: 0, waiting: legacy.length };
  let sealed = 0;
  for (const endpoint of legacy) {
    const { count } = await client.webhookEndpoint.updateMany({
      where: { id: endpoint.id, secret: endpoint.secret },
      data: { secret: sealWebhookSecret(endpoint.id, endpoint.secret) },
    });
    sealed += count;
  }
  return { sealed, waiting: 0 };
}

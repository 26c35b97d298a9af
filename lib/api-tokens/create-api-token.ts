import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { roleAtLeast, type Actor, type Role } from "@/lib/policy/actor";
import { apiTokenPrefix, generateApiTokenSecret, hashApiTokenSecret } from "@/lib/api-tokens/token-secret";
import type { CreateApiTokenInput } from "@/lib/api-tokens/schemas";

export interface CreatedApiToken {
  id: string;
  name: string;
  role: Role;
  expiresAt: Date | null;
  prefix: string;
  /** the secret itself: returned this once, never stored */
  secret: string;
}

/**
 * Admins (apiToken.manage): creates a workspace API token with a role no
 * higher than the creator's. Only the sha256 of the secret is stored; the
 * secret is returned once. An optional expiry: from then on the token gets
 * 401 like a revoked one. Audited (without the secret or its hash).
 */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  authorize(actor, "apiToken.manage");
  if (!roleAtLeast(actor.role, input.role)) {
    throw new InvalidInputError("A token cannot have a higher role than yours.", {
      role: ["Choose your own role or a lower one."],
    });
  }
  const secret = generateApiTokenSecret();
  const prefix = apiTokenPrefix(secret);
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        role: input.role,
        tokenHash: hashApiTokenSecret(secret),
        prefix,
        createdById: actor.userId,
        expiresAt: input.expiresAt ?? null,
      },
      select: { id: true, name: true, role: true, expiresAt: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "api_token.created",
      entityType: "ApiToken",
      entityId: token.id,
      after: { name: token.name, role: token.role, prefix, expiresAt: token.expiresAt },
    });
    return { ...token, prefix, secret };
  });
}

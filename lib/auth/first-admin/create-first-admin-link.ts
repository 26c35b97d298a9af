import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";
import { FIRST_ADMIN_LINK_HOURS, FIRST_USER_LOCK } from "@/lib/auth/first-admin/schemas";

/**
 * On a database without any user: a new single-use link to create the first
 * admin (24 hours; earlier unused ones are deleted, so only the latest
 * printed link works). Null once anyone has an account: then the way in is
 * an invitation or `npm run admin -- create-user`.
 */
export async function createFirstAdminLink(client: PrismaClient = db): Promise<string | null> {
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${FIRST_USER_LOCK})`;
    if ((await tx.user.count()) > 0) return null;
    await tx.passwordToken.deleteMany({ where: { purpose: "FIRST_ADMIN", usedAt: null } });
    const { token, tokenHash } = newOneTimeToken();
    await tx.passwordToken.create({
      data: {
        purpose: "FIRST_ADMIN",
        tokenHash,
        userId: null,
        expiresAt: new Date(Date.now() + FIRST_ADMIN_LINK_HOURS * 3_600_000),
      },
    });
    return absoluteAppUrl(`/setup/${token}`);
  });
}

/** For the server's start (instrumentation.ts): prints the link when there is one; a database that is down is logged, never fatal. */
export async function announceFirstAdminLink(
  log: Pick<Console, "log" | "warn"> = console,
  client: PrismaClient = db,
): Promise<void> {
  try {
    const link = await createFirstAdminLink(client);
    if (link)
      log.log(
        `Factdesk has no users yet. Open ${link} to create the first admin (valid ${FIRST_ADMIN_LINK_HOURS} hours).`,
      );
  } catch (error) {
    log.warn(`[factdesk] could not check for a first admin: ${error instanceof Error ? error.message : String(error)}`);
  }
}

import { db } from "@/lib/db/client";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";

export interface PasswordLinkDto {
  purpose: "RESET" | "ACCOUNT_SETUP";
  email: string;
}

/** What a live reset or account-setup link is for (to word its page), or null for a dead or unknown link. */
export async function findPasswordLink(token: string): Promise<PasswordLinkDto | null> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return null;
  const link = await db.passwordToken.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { purpose: true, usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!link?.user || link.usedAt || link.expiresAt <= new Date() || link.purpose === "FIRST_ADMIN") return null;
  return { purpose: link.purpose, email: link.user.email };
}

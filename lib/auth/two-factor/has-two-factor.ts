import { db } from "@/lib/db/client";

/** Whether this user has two-factor sign-in on (the admin page says whether they may require it). */
export async function hasTwoFactor(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return Boolean(user?.totpEnabledAt);
}

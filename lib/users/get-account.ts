import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";

export interface AccountDto {
  email: string;
  name: string | null;
  hasPassword: boolean;
  ssoProviders: string[];
}

/** The signed-in user's own account details. */
export async function getAccount(userId: string): Promise<AccountDto> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
  if (!user) throw new NotFoundError("Account");
  return {
    email: user.email,
    name: user.name,
    hasPassword: user.passwordHash !== null,
    ssoProviders: user.accounts.map((a) => a.provider),
  };
}

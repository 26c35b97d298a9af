"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

/** Signs out and comes back to this invitation, to accept it as the invited address. */
export function SignOutAndReturn({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth.invite");
  return (
    <button className="button secondary block" type="button" onClick={() => signOut({ callbackUrl })}>
      {t("signOut")}
    </button>
  );
}

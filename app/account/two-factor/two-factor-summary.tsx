import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { hasTwoFactor } from "@/lib/auth/two-factor/has-two-factor";

/** The account page's line: two-factor on or off, and the way to manage it. */
export async function TwoFactorSummary({ userId }: { userId: string }) {
  const [enabled, t] = await Promise.all([hasTwoFactor(userId), getTranslations("account.twoFactor")]);
  return (
    <>
      <dt>
        <strong>{t("heading")}</strong>
      </dt>
      <dd>
        {enabled ? t("on") : t("off")} · <Link href="/account/two-factor">{enabled ? t("manage") : t("setUp")}</Link>
      </dd>
    </>
  );
}

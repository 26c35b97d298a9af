import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { translateServerText } from "@/lib/i18n/server-text";
import Link from "next/link";
import { findPasswordLink } from "@/lib/users/find-password-link";
import { DEAD_PASSWORD_LINK } from "@/lib/users/reset-password";
import { ResetPasswordForm } from "./reset-password-form";
import { AuthPage } from "@/app/_components/auth-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/** A password reset link (1 hour) or an account-setup link (7 days): the same form, worded for each. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPasswordLink(token);
  const setup = link?.purpose === "ACCOUNT_SETUP";
  const t = await getTranslations("auth.reset");
  return (
    <AuthPage title={!link ? t("deadLink") : setup ? t("setHeading") : t("newHeading")}>
      {link ? (
        <>
          <p className="muted">
            {t.rich("forEmail", { email: link.email, strong: (chunks) => <strong>{chunks}</strong> })}{" "}
            {setup ? t("setIntro") : t("newIntro")}
          </p>
          <ResetPasswordForm token={token} email={link.email} submitLabel={setup ? t("setSubmit") : t("newSubmit")} />
        </>
      ) : (
        <>
          <p role="alert" className="alert error">
            {translateServerText(DEAD_PASSWORD_LINK, await getLocale())}
          </p>
          <p>
            <Link href="/forgot-password">{t("askNewLink")}</Link>
          </p>
        </>
      )}
    </AuthPage>
  );
}

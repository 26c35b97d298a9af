import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";
import { AuthPage } from "@/app/_components/auth-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth.forgot");
  return (
    <AuthPage title={t("heading")}>
      <p className="muted">{t("intro")}</p>
      <ForgotPasswordForm />
      <p style={{ marginTop: "1rem" }}>
        <Link href="/signin">{t("backToSignIn")}</Link>
      </p>
    </AuthPage>
  );
}

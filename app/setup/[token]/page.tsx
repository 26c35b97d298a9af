import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { isFirstAdminLinkLive } from "@/lib/auth/first-admin/setup-first-admin";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { SetupForm } from "./setup-form";
import { AuthPage } from "@/app/_components/auth-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.setup");
  return { title: t("title"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await isFirstAdminLinkLive(token))) notFound();
  const t = await getTranslations("auth.setup");
  return (
    <AuthPage title={t("heading")}>
      <p>{t("intro")}</p>
      <SetupForm token={token} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthPage>
  );
}

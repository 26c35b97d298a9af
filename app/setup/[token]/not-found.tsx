import Link from "next/link";
import { useTranslations } from "next-intl";
import { AuthPage } from "@/app/_components/auth-page";

/** A used, expired, replaced or unknown setup link, or a server that already has users. */
export default function DeadSetupLink() {
  const t = useTranslations("auth.setup");
  return (
    <AuthPage title={t("deadHeading")}>
      <p>{t.rich("deadIntro", { code: (chunks) => <code>{chunks}</code> })}</p>
      <Link className="button secondary" href="/signin">
        {t("signIn")}
      </Link>
    </AuthPage>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";
import { AuthPage } from "@/app/_components/auth-page";

/** One page for every dead invitation link: unknown, used, revoked, expired or replaced by a newer one. */
export default function DeadInvitationLink() {
  const t = useTranslations("auth.invite");
  return (
    <AuthPage title={t("deadHeading")}>
      <p>{t("deadIntro")}</p>
      <p>{t("deadAccepted")}</p>
      <Link className="button secondary" href="/signin">
        {t("signIn")}
      </Link>
    </AuthPage>
  );
}

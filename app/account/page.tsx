import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { pageUser } from "@/app/_lib/page-actor";
import { AppHeader } from "@/app/_components/app-header";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { getAccount } from "@/lib/users/get-account";
import { listMySessions } from "@/lib/users/list-my-sessions";
import { ChangePasswordForm } from "./change-password-form";
import { TwoFactorSummary } from "./two-factor/two-factor-summary";
import { SessionList } from "./session-list";
import { TimeZoneForm } from "./time-zone-form";
import { LanguageForm } from "./language-form";
import { isLocale } from "@/lib/i18n/locales";
import { browserLocale } from "@/app/_lib/i18n-request";
import { browserTimeZone } from "@/app/_lib/viewer-time-zone";
import { timeZoneGroups } from "@/lib/time/time-zone-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await pageUser("/account");
  const [workspaces, account, sessions] = await Promise.all([
    findMyWorkspaces(user.id),
    getAccount(user.id),
    listMySessions(user),
  ]);
  const t = await getTranslations("account");
  const zones = timeZoneGroups(new Date(), [user.timeZone, await browserTimeZone()], {
    universal: t("timeZone.universal"),
    other: t("timeZone.other"),
    utc: t("timeZone.utc"),
    region: (region) => {
      // the runtime's regions are a known few; a new one reads as IANA names it
      const key = `timeZone.region.${region}` as "timeZone.region.Europe";
      return t.has(key) ? t(key) : region;
    },
  });
  // what "Automatic" comes to
  const automaticLocale = await browserLocale();
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <h1>{t("heading")}</h1>
        <section className="card" style={{ maxWidth: "36rem" }}>
          <dl>
            <dt>
              <strong>{t("email")}</strong>
            </dt>
            <dd>{account.email}</dd>
            <dt>
              <strong>{t("singleSignOn")}</strong>
            </dt>
            <dd>{account.ssoProviders.length ? t("linked") : t("notLinked")}</dd>
            <TwoFactorSummary userId={user.id} />
          </dl>
          <p>
            <Link href="/account/notifications">{t("notificationSettings")}</Link>
          </p>
        </section>
        <section className="card" style={{ maxWidth: "36rem" }}>
          <LanguageForm saved={isLocale(user.locale) ? user.locale : null} automatic={automaticLocale} />
        </section>
        <section className="card" style={{ maxWidth: "36rem" }}>
          <TimeZoneForm saved={user.timeZone} groups={zones} />
        </section>
        <section className="card" style={{ maxWidth: "36rem" }}>
          <ChangePasswordForm hasPassword={account.hasPassword} />
        </section>
        <section className="card">
          <SessionList sessions={sessions} />
        </section>
      </main>
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { pageUser } from "@/app/_lib/page-actor";
import { appOrigin } from "@/app/_lib/app-origin";
import { AppHeader } from "@/app/_components/app-header";
import { findMyWorkspaces } from "@/lib/workspaces/find-my-workspaces";
import { getAccount } from "@/lib/users/get-account";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/get-two-factor-status";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { BeginEnrolmentForm } from "./begin-enrolment-form";
import { EnrolmentForm } from "./enrolment-form";
import { RegenerateCodesForm } from "./regenerate-codes-form";
import { DisableForm } from "./disable-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.twoFactor");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** The sign-in form sends people here after they used a recovery code (?signedInWith=recovery-code&next=…). */
export default async function TwoFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await pageUser("/account/two-factor");
  const params = await searchParams;
  const [workspaces, account, status, t] = await Promise.all([
    findMyWorkspaces(user.id),
    getAccount(user.id),
    getTwoFactorStatus(user.id),
    getTranslations("account.twoFactor"),
  ]);
  const usedRecoveryCode = params.signedInWith === "recovery-code" && status.enabled;
  const next = usedRecoveryCode ? safeCallbackPath(params.next, await appOrigin()) : null;
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <p>
          <Link href="/account">{t("backToAccount")}</Link>
        </p>
        <h1>{t("heading")}</h1>
        {usedRecoveryCode && (
          <div className="alert warning" role="status">
            <p>
              {t.rich("usedRecoveryCode", {
                count: status.recoveryCodesLeft,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <p>
              {t("lostPhone")} {next && <Link href={next}>{t("continue")}</Link>}
            </p>
          </div>
        )}
        {!status.enabled && status.requiredBy.length > 0 && (
          <p className="alert warning" role="status">
            {t("requiredBy", { workspaces: status.requiredBy.join(", "), count: status.requiredBy.length })}
          </p>
        )}
        {/* while an app is being set up, its own card says what to do (and a status here would go stale once the codes show) */}
        {!status.pending && (
          <section className="card" style={{ maxWidth: "40rem" }}>
            <p>
              {t("status")}{" "}
              <strong className={`badge ${status.enabled ? "holds" : ""}`}>
                {status.enabled ? t("on") : t("off")}
              </strong>
            </p>
            <p className="muted">
              {status.enabled ? t("enabledHint", { count: status.recoveryCodesLeft }) : t("disabledHint")}
            </p>
            {!status.enabled && <BeginEnrolmentForm />}
          </section>
        )}
        {!status.enabled && status.pending && (
          <section className="card" style={{ maxWidth: "40rem" }}>
            <EnrolmentForm pending={status.pending} />
          </section>
        )}
        {status.enabled && (
          <>
            <section className="card" style={{ maxWidth: "40rem" }}>
              <RegenerateCodesForm />
            </section>
            <section className="card" style={{ maxWidth: "40rem" }}>
              <DisableForm hasPassword={account.hasPassword} requiredBy={status.requiredBy} />
            </section>
          </>
        )}
      </main>
    </>
  );
}

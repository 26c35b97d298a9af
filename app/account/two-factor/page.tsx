import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Two-factor sign-in" };
export const dynamic = "force-dynamic";

/** The sign-in form sends people here after they used a recovery code (?signedInWith=recovery-code&next=…). */
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await pageUser("/account/two-factor");
  const params = await searchParams;
  const [workspaces, account, status] = await Promise.all([findMyWorkspaces(user.id), getAccount(user.id), getTwoFactorStatus(user.id)]);
  const usedRecoveryCode = params.signedInWith === "recovery-code" && status.enabled;
  const next = usedRecoveryCode ? safeCallbackPath(params.next, await appOrigin()) : null;
  return (
    <>
      <AppHeader user={user} workspaces={workspaces} current={null} />
      <main id="main" className="page">
        <p>
          <Link href="/account">← Your account</Link>
        </p>
        <h1>Two-factor sign-in</h1>
        {usedRecoveryCode && (
          <div className="alert warning" role="status">
            <p>
              You signed in with a recovery code; it no longer works. You have <strong>{status.recoveryCodesLeft}</strong> recovery{" "}
              {status.recoveryCodesLeft === 1 ? "code" : "codes"} left.
            </p>
            <p>
              If you lost your phone, turn two-factor off and set it up again with your new phone, or make new recovery codes below.{" "}
              {next && <Link href={next}>Continue where you were going</Link>}
            </p>
          </div>
        )}
        {!status.enabled && status.requiredBy.length > 0 && (
          <p className="alert warning" role="status">
            {status.requiredBy.join(", ")} {status.requiredBy.length === 1 ? "requires" : "require"} two-factor sign-in for reviewers and admins. Set it up here
            to keep working there.
          </p>
        )}
        {/* while an app is being set up, its own card says what to do (and a status here would go stale once the codes show) */}
        {!status.pending && (
          <section className="card" style={{ maxWidth: "40rem" }}>
            <p>
              Status:{" "}
              <strong className={`badge ${status.enabled ? "holds" : ""}`}>{status.enabled ? "On" : "Off"}</strong>
            </p>
            <p className="muted">
              {status.enabled
                ? `Signing in with your password also asks for a code from your authenticator app. Recovery codes left: ${status.recoveryCodesLeft}.`
                : "With two-factor sign-in, a stolen password alone does not open your account: signing in also asks for a code from an app on your phone."}
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

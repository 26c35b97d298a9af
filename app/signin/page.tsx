import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { env, oidcConfig } from "@/lib/env";
import { getSessionUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/workspaces/demo";
import { SignInForm } from "./sign-in-form";
import { LanguageMenu } from "@/app/_components/language-menu";
import { labelKey } from "@/lib/i18n/labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signin");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, await siteOrigin());
  if (await getSessionUser()) redirect(callbackUrl);
  const sso = oidcConfig(env());
  const demo = env().FACTDESK_DEMO === "1";
  const [t, tl] = await Promise.all([getTranslations("auth.signin"), getTranslations("labels")]);
  const message = notice(params);

  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Factdesk</p>
        <div className="card">
          <h1>{t("heading")}</h1>
          {message && (
            <p role="status" className="alert success">
              {t(message)}
            </p>
          )}
          <SignInForm
            callbackUrl={callbackUrl}
            ssoName={sso?.name ?? null}
            initialError={typeof params.error === "string" ? params.error : null}
          />
          <p style={{ marginTop: "1rem" }}>
            <Link href="/forgot-password">{t("forgotPassword")}</Link>
          </p>
        </div>
        {demo && (
          <section className="card demo-accounts" aria-labelledby="demo-heading">
            <h2 id="demo-heading">{t("demoHeading")}</h2>
            <p className="muted">
              {t.rich("demoIntro", { password: DEMO_PASSWORD, code: (chunks) => <code>{chunks}</code> })}
            </p>
            <table>
              <tbody>
                {DEMO_USERS.map((u) => (
                  <tr key={u.email}>
                    <td>
                      <span className={`badge ${u.role}`}>{tl(labelKey.role(u.role)).toLowerCase()}</span>
                    </td>
                    <td>
                      <code>{u.email}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        <LanguageMenu />
      </div>
    </main>
  );
}

/**
 * The origin callbackUrl must stay on: NEXTAUTH_URL's, else the one this
 * request was addressed to (only absolute URLs to it are then accepted; a
 * relative path is the same either way).
 */
async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const request = await headers();
  const proto = request.get("x-forwarded-proto") === "https" ? "https" : "http";
  try {
    return new URL(`${proto}://${request.get("host") ?? "localhost"}`).origin;
  } catch {
    return "http://localhost";
  }
}

/** The message key of what the address says just happened, if anything. */
function notice(params: Record<string, string | string[] | undefined>): "passwordSet" | "signedOutEverywhere" | null {
  if (params.passwordSet === "1") return "passwordSet";
  if (params.signedOut === "everywhere") return "signedOutEverywhere";
  return null;
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { env, oidcConfig } from "@/lib/env";
import { getSessionUser } from "@/lib/auth/session";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/workspaces/demo";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const sso = oidcConfig(env());
  const demo = env().FACTDESK_DEMO === "1";

  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Factdesk</p>
        <div className="card">
          <h1>Sign in to Factdesk</h1>
          <SignInForm callbackUrl={callbackUrl} ssoName={sso?.name ?? null} initialError={typeof params.error === "string" ? params.error : null} />
        </div>
        {demo && (
          <section className="card demo-accounts" aria-labelledby="demo-heading">
            <h2 id="demo-heading">Demo accounts</h2>
            <p className="muted">
              This server runs on the embedded demo database. Every account uses the password <code>{DEMO_PASSWORD}</code>.
            </p>
            <table>
              <tbody>
                {DEMO_USERS.map((u) => (
                  <tr key={u.email}>
                    <td>
                      <span className={`badge ${u.role}`}>{u.role.toLowerCase()}</span>
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
      </div>
    </main>
  );
}

/** Only same-site relative paths are followed after sign-in (no open redirects). */
function safeCallback(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}

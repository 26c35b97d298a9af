import type { Metadata } from "next";
import Link from "next/link";
import { findPasswordLink } from "@/lib/users/find-password-link";
import { DEAD_PASSWORD_LINK } from "@/lib/users/reset-password";
import { ResetPasswordForm } from "./reset-password-form";
import { AuthPage } from "@/app/_components/auth-page";

export const metadata: Metadata = { title: "Choose a password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** A password reset link (1 hour) or an account-setup link (7 days): the same form, worded for each. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findPasswordLink(token);
  const setup = link?.purpose === "ACCOUNT_SETUP";
  return (
    <AuthPage title={!link ? "This link does not work" : setup ? "Set your password" : "Choose a new password"}>
      {link ? (
        <>
          <p className="muted">
            For <strong>{link.email}</strong>.{" "}
            {setup ? "Choose the password you will sign in with." : "Setting it signs your account out everywhere; then sign in with the new password."}
          </p>
          <ResetPasswordForm token={token} email={link.email} submitLabel={setup ? "Set password" : "Save new password"} />
        </>
      ) : (
        <>
          <p role="alert" className="alert error">
            {DEAD_PASSWORD_LINK}
          </p>
          <p>
            <Link href="/forgot-password">Ask for a new link</Link>
          </p>
        </>
      )}
    </AuthPage>
  );
}

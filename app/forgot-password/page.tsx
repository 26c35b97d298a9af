import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot password" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Factdesk</p>
        <div className="card">
          <h1>Forgot your password?</h1>
          <p className="muted">Enter the email address of your account. We send you a link to choose a new password.</p>
          <ForgotPasswordForm />
          <p style={{ marginTop: "1rem" }}>
            <Link href="/signin">Back to sign in</Link>
          </p>
        </div>
      </div>
    </main>
  );
}

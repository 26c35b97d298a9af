import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";
import { AuthPage } from "@/app/_components/auth-page";

export const metadata: Metadata = { title: "Forgot password" };
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <AuthPage title="Forgot your password?">
      <p className="muted">Enter the email address of your account. We send you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p style={{ marginTop: "1rem" }}>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </AuthPage>
  );
}

"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Invalid email or password.",
  RateLimited: "Too many failed sign-in attempts. Wait a few minutes, then try again.",
  AccessDenied: "Your sign-in provider did not confirm a verified email address.",
  SessionRequired: "Please sign in to continue.",
};
const GENERIC = "Sign-in failed. Please try again.";

export function SignInForm({ callbackUrl, ssoName, initialError }: { callbackUrl: string; ssoName: string | null; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ? (MESSAGES[initialError] ?? GENERIC) : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
      callbackUrl,
    });
    if (!result || result.error) {
      setPending(false);
      setError(MESSAGES[result?.error ?? ""] ?? GENERIC);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <>
      <form onSubmit={onSubmit} aria-label="Sign in" noValidate={false}>
        {error && (
          <p role="alert" className="alert error" id="signin-error">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? "signin-error" : undefined} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button className="button block" type="submit" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {ssoName && (
        <>
          <p className="divider">or</p>
          <button className="button secondary block" type="button" onClick={() => signIn("newsroom-sso", { callbackUrl })}>
            Sign in with {ssoName}
          </button>
        </>
      )}
    </>
  );
}

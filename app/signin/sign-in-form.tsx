"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";

const MESSAGES: Record<string, string> = {
  CredentialsSignin: "Invalid email or password.",
  RateLimited: "Too many failed sign-in attempts from here. Wait a moment, then try again (each further failure doubles the wait).",
  TwoFactorInvalid: "That code is not right, or it was already used. Enter the code your app shows now.",
  AccessDenied: "Your sign-in provider did not confirm a verified email address.",
  SessionRequired: "Please sign in to continue.",
};
const GENERIC = "Sign-in failed. Please try again.";
const RECOVERY_INVALID = "That recovery code is not right, or it was already used.";

/**
 * Email and password; for an account with two-factor on, a second step asks
 * for the authenticator code (or a recovery code) and signs in with all three.
 */
export function SignInForm({ callbackUrl, ssoName, initialError }: { callbackUrl: string; ssoName: string | null; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ? (MESSAGES[initialError] ?? GENERIC) : null);
  const [pending, setPending] = useState(false);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const step = credentials ? "code" : "password";

  useEffect(() => {
    if (step === "code") codeInput.current?.focus();
  }, [step, useRecoveryCode]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const email = credentials?.email ?? String(form.get("email") ?? "");
    const password = credentials?.password ?? String(form.get("password") ?? "");
    const code = credentials ? String(form.get("code") ?? "") : "";
    const result = await signIn("credentials", { email, password, code, redirect: false, callbackUrl });
    if (result?.error === "TwoFactorRequired") {
      setPending(false);
      setCredentials({ email, password });
      return;
    }
    if (!result || result.error) {
      setPending(false);
      setError(result?.error === "TwoFactorInvalid" && useRecoveryCode ? RECOVERY_INVALID : (MESSAGES[result?.error ?? ""] ?? GENERIC));
      if (step === "code") codeInput.current?.select();
      return;
    }
    // the account page says how many recovery codes are left, then leads on to where the person was going
    router.replace(useRecoveryCode ? `/account/two-factor?signedInWith=recovery-code&next=${encodeURIComponent(callbackUrl)}` : callbackUrl);
    router.refresh();
  }

  function startOver() {
    setCredentials(null);
    setUseRecoveryCode(false);
    setError(null);
  }

  return (
    <>
      <form onSubmit={onSubmit} aria-label="Sign in" noValidate={false}>
        {error && (
          <p role="alert" className="alert error" id="signin-error">
            {error}
          </p>
        )}
        {step === "password" ? (
          <>
            <div className="field">
              <label htmlFor="email">Email</label>
              <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? "signin-error" : undefined} />
            </div>
            <div className="field">
              <label htmlFor="password">Password</label>
              <input id="password" name="password" type="password" autoComplete="current-password" required />
            </div>
          </>
        ) : (
          <>
            <p>
              Two-factor sign-in is on for <strong>{credentials?.email}</strong>.
            </p>
            {useRecoveryCode ? (
              <div className="field" key="recovery">
                <label htmlFor="code">Recovery code</label>
                <span className="hint" id="code-hint">
                  One of the codes you saved when you set up two-factor, like “k7q2-m9xd-4hw1-tz8c”. Each works once.
                </span>
                <input id="code" name="code" ref={codeInput} type="text" autoComplete="off" autoCapitalize="none" spellCheck={false} required aria-describedby="code-hint" />
              </div>
            ) : (
              <div className="field" key="totp">
                <label htmlFor="code">Authentication code</label>
                <span className="hint" id="code-hint">
                  The 6-digit code your authenticator app shows for Factdesk.
                </span>
                <input id="code" name="code" ref={codeInput} type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7} required aria-describedby="code-hint" />
              </div>
            )}
          </>
        )}
        <button className="button block" type="submit" disabled={pending}>
          {pending ? "Signing in…" : step === "password" ? "Sign in" : "Verify and sign in"}
        </button>
        {step === "code" && (
          <div className="row-actions">
            <button type="button" className="button secondary small" onClick={() => setUseRecoveryCode(!useRecoveryCode)}>
              {useRecoveryCode ? "Use the authenticator app" : "Use a recovery code"}
            </button>
            <button type="button" className="button secondary small" onClick={startOver}>
              Sign in as someone else
            </button>
          </div>
        )}
      </form>
      {ssoName && step === "password" && (
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

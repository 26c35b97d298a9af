"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";

// next-auth's error codes that have their own message (auth.signin.errors); any other reads as the generic one
const KNOWN_ERRORS = [
  "CredentialsSignin",
  "RateLimited",
  "TwoFactorInvalid",
  "AccessDenied",
  "SessionRequired",
] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];
const isKnownError = (code: string | null | undefined): code is KnownError =>
  (KNOWN_ERRORS as readonly (string | null | undefined)[]).includes(code);

/**
 * Email and password; for an account with two-factor on, a second step asks
 * for the authenticator code (or a recovery code) and signs in with all three.
 */
export function SignInForm({
  callbackUrl,
  ssoName,
  initialError,
}: {
  callbackUrl: string;
  ssoName: string | null;
  initialError: string | null;
}) {
  const t = useTranslations("auth.signin");
  const router = useRouter();
  const messageFor = (code: string | null | undefined) => t(`errors.${isKnownError(code) ? code : "generic"}`);
  const [error, setError] = useState<string | null>(initialError ? messageFor(initialError) : null);
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
      setError(
        result?.error === "TwoFactorInvalid" && useRecoveryCode
          ? t("errors.recoveryInvalid")
          : messageFor(result?.error),
      );
      if (step === "code") codeInput.current?.select();
      return;
    }
    // the account page says how many recovery codes are left, then leads on to where the person was going
    router.replace(
      useRecoveryCode
        ? `/account/two-factor?signedInWith=recovery-code&next=${encodeURIComponent(callbackUrl)}`
        : callbackUrl,
    );
    router.refresh();
  }

  function startOver() {
    setCredentials(null);
    setUseRecoveryCode(false);
    setError(null);
  }

  return (
    <>
      <form onSubmit={onSubmit} aria-label={t("form")} noValidate={false}>
        {error && (
          <p role="alert" className="alert error" id="signin-error">
            {error}
          </p>
        )}
        {step === "password" ? (
          <>
            <div className="field">
              <label htmlFor="email">{t("email")}</label>
              <input
                id="email"
                name="email"
                type="email"
                autoComplete="username"
                required
                aria-describedby={error ? "signin-error" : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor="password">{t("password")}</label>
              <input id="password" name="password" type="password" autoComplete="current-password" required />
            </div>
          </>
        ) : (
          <>
            <p>
              {t.rich("twoFactorOn", {
                email: credentials?.email ?? "",
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            {useRecoveryCode ? (
              <div className="field" key="recovery">
                <label htmlFor="code">{t("recoveryCode")}</label>
                <span className="hint" id="code-hint">
                  {t("recoveryCodeHint")}
                </span>
                <input
                  id="code"
                  name="code"
                  ref={codeInput}
                  type="text"
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  required
                  aria-describedby="code-hint"
                />
              </div>
            ) : (
              <div className="field" key="totp">
                <label htmlFor="code">{t("authCode")}</label>
                <span className="hint" id="code-hint">
                  {t("authCodeHint")}
                </span>
                <input
                  id="code"
                  name="code"
                  ref={codeInput}
                  type="text"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]*"
                  maxLength={7}
                  required
                  aria-describedby="code-hint"
                />
              </div>
            )}
          </>
        )}
        <button className="button block" type="submit" disabled={pending}>
          {pending ? t("signingIn") : step === "password" ? t("submit") : t("verify")}
        </button>
        {step === "code" && (
          <div className="row-actions">
            <button
              type="button"
              className="button secondary small"
              onClick={() => setUseRecoveryCode(!useRecoveryCode)}
            >
              {useRecoveryCode ? t("useApp") : t("useRecoveryCode")}
            </button>
            <button type="button" className="button secondary small" onClick={startOver}>
              {t("someoneElse")}
            </button>
          </div>
        )}
      </form>
      {ssoName && step === "password" && (
        <>
          <p className="divider">{t("or")}</p>
          <button
            className="button secondary block"
            type="button"
            onClick={() => signIn("newsroom-sso", { callbackUrl })}
          >
            {t("withSso", { provider: ssoName })}
          </button>
        </>
      )}
    </>
  );
}

"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { NewPasswordFields } from "@/app/_components/new-password-fields";
import type { FieldErrors } from "@/lib/errors";
import { acceptWithPasswordAction } from "./actions";
import { settle } from "@/app/_components/settle-action";

interface Props {
  token: string;
  email: string;
  suggestedName: string | null;
  ssoName: string | null;
  callbackUrl: string;
  /** from the server page: lib/auth/password holds the rule but loads argon2, which has no browser build */
  minPasswordLength: number;
}

/** Choose a password (or use SSO); after joining, the browser signs in with the new password and opens the workspace. */
export function AcceptWithPasswordForm({
  token,
  email,
  suggestedName,
  ssoName,
  callbackUrl,
  minPasswordLength,
}: Props) {
  const t = useTranslations("auth.invite");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [joined, setJoined] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await settle(acceptWithPasswordAction(token, null, form));
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    setJoined(result.data.workspaceSlug);
    const signedIn = await signIn("credentials", {
      email: result.data.email,
      password: String(form.get("password")),
      redirect: false,
    });
    if (signedIn && !signedIn.error) {
      router.replace(`/w/${result.data.workspaceSlug}`);
      router.refresh();
      return;
    }
    setPending(false);
  }

  if (joined && !pending) {
    return (
      <p role="status" className="alert success">
        {t.rich("joined", {
          email,
          link: (chunks) => <Link href={`/signin?callbackUrl=${encodeURIComponent(`/w/${joined}`)}`}>{chunks}</Link>,
        })}
      </p>
    );
  }

  return (
    <>
      <form onSubmit={onSubmit} aria-label={t("passwordForm")}>
        {error && (
          <p role="alert" className="alert error" tabIndex={-1} ref={alertRef}>
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor="invited-email">{t("email")}</label>
          <input id="invited-email" type="email" value={email} readOnly autoComplete="username" />
        </div>
        <Field id="name" label={t("name")} errors={fieldErrors.name}>
          <input
            type="text"
            required
            autoComplete="name"
            maxLength={120}
            defaultValue={suggestedName ?? ""}
            {...fieldAria("name", fieldErrors.name)}
          />
        </Field>
        <NewPasswordFields
          label={t("choosePassword")}
          hint={t("passwordHint", { count: minPasswordLength })}
          repeatLabel={t("repeat")}
          minLength={minPasswordLength}
          errors={fieldErrors}
        />
        <button className="button block" type="submit" disabled={pending}>
          {pending ? t("joining") : t("joinWithPassword")}
        </button>
      </form>
      {ssoName && (
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

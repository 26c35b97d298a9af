"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Field, fieldAria } from "@/app/_components/field";
import { NewPasswordFields } from "@/app/_components/new-password-fields";
import type { FieldErrors } from "@/lib/errors";
import { setupFirstAdminAction } from "./actions";
import { settle } from "@/app/_components/settle-action";

/** minPasswordLength comes from the server page: lib/auth/password holds the rule but loads argon2, which has no browser build. */
export function SetupForm({ token, minPasswordLength }: { token: string; minPasswordLength: number }) {
  const t = useTranslations("auth.setup");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [values, setValues] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const alertRef = useRef<HTMLParagraphElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await settle(setupFirstAdminAction(token, null, form));
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      setFieldErrors(result.fieldErrors);
      setValues(result.values ?? {});
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    const signedIn = await signIn("credentials", {
      email: result.data.email,
      password: String(form.get("password")),
      redirect: false,
    });
    router.replace(
      signedIn && !signedIn.error
        ? `/w/${result.data.workspaceSlug}`
        : `/signin?callbackUrl=${encodeURIComponent(`/w/${result.data.workspaceSlug}`)}`,
    );
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} aria-label={t("form")}>
      {error && (
        <p role="alert" className="alert error" tabIndex={-1} ref={alertRef}>
          {error}
        </p>
      )}
      <fieldset>
        <legend>{t("you")}</legend>
        <Field id="name" label={t("name")} errors={fieldErrors.name}>
          <input
            type="text"
            required
            autoComplete="name"
            maxLength={120}
            defaultValue={values.name}
            {...fieldAria("name", fieldErrors.name)}
          />
        </Field>
        <Field id="email" label={t("email")} errors={fieldErrors.email}>
          <input
            type="email"
            required
            autoComplete="username"
            defaultValue={values.email}
            {...fieldAria("email", fieldErrors.email)}
          />
        </Field>
        <NewPasswordFields
          label={t("password")}
          hint={t("passwordHint", { count: minPasswordLength })}
          repeatLabel={t("repeat")}
          minLength={minPasswordLength}
          errors={fieldErrors}
        />
      </fieldset>
      <fieldset>
        <legend>{t("workspace")}</legend>
        <Field
          id="workspaceName"
          label={t("workspaceName")}
          hint={t("workspaceNameHint")}
          errors={fieldErrors.workspaceName}
        >
          <input
            type="text"
            required
            maxLength={80}
            defaultValue={values.workspaceName}
            {...fieldAria("workspaceName", fieldErrors.workspaceName, true)}
          />
        </Field>
        <Field id="slug" label={t("address")} hint={t("addressHint")} errors={fieldErrors.slug}>
          <input
            type="text"
            required
            maxLength={48}
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            defaultValue={values.slug}
            {...fieldAria("slug", fieldErrors.slug, true)}
          />
        </Field>
        <Field
          id="organisationName"
          label={t("organisation")}
          hint={t("organisationHint")}
          errors={fieldErrors.organisationName}
        >
          <input
            type="text"
            required
            maxLength={120}
            defaultValue={values.organisationName}
            {...fieldAria("organisationName", fieldErrors.organisationName, true)}
          />
        </Field>
      </fieldset>
      <button className="button block" type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}

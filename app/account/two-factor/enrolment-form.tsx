"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import type { PendingEnrolmentDto } from "@/lib/auth/two-factor/get-two-factor-status";
import { confirmTwoFactorEnrolmentAction } from "./actions";
import { RecoveryCodesPanel } from "./recovery-codes-panel";

/** Step 2 of the set-up: scan the QR code (or type the key), then confirm with the app's first code. */
export function EnrolmentForm({ pending }: { pending: PendingEnrolmentDto }) {
  const t = useTranslations("account.twoFactor");
  const [state, action, busy] = useActionState(confirmTwoFactorEnrolmentAction, null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (state?.ok) return <RecoveryCodesPanel codes={state.data.recoveryCodes} message={state.message} />;
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} aria-labelledby="enrol-heading">
      <h2 id="enrol-heading" tabIndex={-1} ref={heading}>
        {t("enrolHeading")}
      </h2>
      <ol>
        <li>
          <p>{t("scan")}</p>
          {/* a data URL made on the server: nothing for next/image to optimise */}
          <img
            style={{ display: "block", background: "#fff", border: "1px solid var(--line)" }}
            src={pending.qrCodeDataUrl}
            width={200}
            height={200}
            alt={t("qrAlt")}
          />
          <p>
            {t("cantScan")}{" "}
            <code aria-label={t("setupKey")} data-testid="totp-secret" style={{ wordBreak: "break-word" }}>
              {pending.secret.replace(/(.{4})/g, "$1 ").trim()}
            </code>
          </p>
        </li>
        <li>
          <p>{t("enterCode")}</p>
        </li>
      </ol>
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      <Field id="code" label={t("code")} errors={errors.code}>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          required
          {...fieldAria("code", errors.code)}
        />
      </Field>
      <button className="button" type="submit" disabled={busy}>
        {busy ? t("checking") : t("turnOn")}
      </button>
    </form>
  );
}

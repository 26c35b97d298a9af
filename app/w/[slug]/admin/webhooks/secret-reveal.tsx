"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** A signing secret shown once (after registering or rotating), selectable, with a copy button. */
export function SecretReveal({ id, secret }: { id: string; secret: string }) {
  const t = useTranslations("webhooks.secret");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="alert success">
      <p style={{ margin: 0 }}>{t("once")}</p>
      <div className="form-row" style={{ marginTop: "0.5rem" }}>
        <label className="visually-hidden" htmlFor={id}>
          {t("label")}
        </label>
        <input
          type="text"
          id={id}
          data-testid="webhook-secret"
          readOnly
          value={secret}
          style={{ fontFamily: "var(--font-mono)", width: "min(34rem, 100%)" }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button secondary"
          onClick={() => navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** The recovery codes, shown once right after they were made; "I saved them" leaves this step. */
export function RecoveryCodesPanel({ codes, message }: { codes: string[]; message?: string }) {
  const t = useTranslations("account.twoFactor");
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = `${t("codesFileTitle")}\n\n${codes.join("\n")}\n`;
  return (
    <section aria-labelledby="recovery-codes-heading">
      {message && (
        <p role="status" className="alert success">
          {message}
        </p>
      )}
      <h2 id="recovery-codes-heading" tabIndex={-1} ref={heading}>
        {t("saveCodesHeading")}
      </h2>
      <p>{t.rich("saveCodesIntro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ol aria-label={t("codesList")} style={{ columns: 2, fontSize: "1.1rem", lineHeight: 1.8 }}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="row-actions">
        <a
          className="button secondary"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
          download="factdesk-recovery-codes.txt"
        >
          {t("download")}
        </a>
        <button type="button" className="button" onClick={() => router.refresh()}>
          {t("saved")}
        </button>
      </div>
    </section>
  );
}

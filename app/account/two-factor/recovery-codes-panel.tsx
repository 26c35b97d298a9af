"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/** The recovery codes, shown once right after they were made; "I saved them" leaves this step. */
export function RecoveryCodesPanel({ codes, message }: { codes: string[]; message?: string }) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const text = `Factdesk recovery codes\n\n${codes.join("\n")}\n`;
  return (
    <section aria-labelledby="recovery-codes-heading">
      {message && (
        <p role="status" className="alert success">
          {message}
        </p>
      )}
      <h2 id="recovery-codes-heading" tabIndex={-1} ref={heading}>
        Save your recovery codes
      </h2>
      <p>
        If you lose your phone, each of these codes signs you in once instead of an authenticator code. Keep them somewhere safe, such as a password
        manager. <strong>They are shown only now.</strong>
      </p>
      <ol aria-label="Recovery codes" style={{ columns: 2, fontSize: "1.1rem", lineHeight: 1.8 }}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="row-actions">
        <a className="button secondary" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="factdesk-recovery-codes.txt">
          Download as a text file
        </a>
        <button type="button" className="button" onClick={() => router.refresh()}>
          I saved them
        </button>
      </div>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useRequestId } from "@/app/_components/use-request-id";

/**
 * A page that failed to render: say so in the app's own frame, offer to try
 * again, and give the references the server logged (the request id and
 * Next's error digest), so the person can quote them to whoever runs
 * Factdesk. Nothing typed elsewhere on the page is lost: only this segment
 * is replaced.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages.error");
  const heading = useRef<HTMLHeadingElement>(null);
  const requestId = useRequestId();
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="error-boundary">
      <div className="card" role="alert">
        <h1 ref={heading} tabIndex={-1}>
          {t("heading")}
        </h1>
        <p>{t("body")}</p>
        {(requestId || error.digest) && (
          <p className="muted">
            {requestId && (
              <>
                {t("reference")} <code>{requestId}</code>
              </>
            )}
            {requestId && error.digest && " · "}
            {error.digest && (
              <>
                {t("digest")} <code>{error.digest}</code>
              </>
            )}
          </p>
        )}
        <p>
          <button className="button" type="button" onClick={reset}>
            {t("retry")}
          </button>
        </p>
      </div>
    </div>
  );
}

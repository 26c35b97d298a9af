"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { ActionResult } from "@/lib/http/action-result";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { CreateClaimForm } from "./create-claim-form";
import { LinkClaim } from "./link-claim";

/** In the annotation panel: the claims this passage states, and (for editors) creating or linking one. */
export function ClaimSection({
  slug,
  annotation: a,
  canWrite,
  createClaim,
}: {
  slug: string;
  annotation: AnnotationDto;
  canWrite: boolean;
  createClaim(fields: Record<string, string>): Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("articles.claimSection");
  const [mode, setMode] = useState<"none" | "create" | "link">("none");
  const [message, setMessage] = useState<string | null>(null);
  const headingId = `claims-${a.id}`;

  // A new claim comes merged with the annotation that states it (the reader's createClaim); a link (the claim
  // pages' actions) revalidates the workspace's pages, so its answer carries the page's annotations.
  const done = (result: ActionResult<unknown>) => {
    if (!result.ok) return;
    setMessage(result.message ?? t("saved"));
    setMode("none");
    // the claim's link appears under the heading once the reader has it
    focusWhenPresent(headingId);
  };
  const cancel = () => {
    setMode("none");
    focusWhenPresent(headingId);
  };

  return (
    <section aria-labelledby={headingId} style={{ marginTop: "1rem" }}>
      <h3 id={headingId} tabIndex={-1}>
        {t("heading")}
      </h3>
      {a.claims.map((c) => (
        <p key={c.id}>
          <Link href={`/w/${slug}/claims/${c.id}`}>{c.statement}</Link>
        </p>
      ))}
      {a.claims.length === 0 && mode === "none" && <p className="muted">{t("notLinked")}</p>}
      {message && mode === "none" && (
        <p role="status" className="alert success">
          {message}
        </p>
      )}
      {canWrite && mode === "none" && (
        <div className="row-actions">
          <button className="button small" type="button" onClick={() => (setMessage(null), setMode("create"))}>
            {t("create")}
          </button>
          <button className="button small secondary" type="button" onClick={() => (setMessage(null), setMode("link"))}>
            {t("link")}
          </button>
        </div>
      )}
      {mode === "create" && (
        <CreateClaimForm
          slug={slug}
          annotationId={a.id}
          exact={a.exact}
          create={createClaim}
          onDone={done}
          onCancel={cancel}
        />
      )}
      {mode === "link" && (
        <LinkClaim
          slug={slug}
          annotationId={a.id}
          linkedIds={a.claims.map((c) => c.id)}
          onDone={done}
          onCancel={cancel}
        />
      )}
    </section>
  );
}

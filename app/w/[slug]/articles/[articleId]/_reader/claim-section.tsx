"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
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
  articleId,
  annotation: a,
  canWrite,
  onClaimCreated,
}: {
  slug: string;
  articleId: string;
  annotation: AnnotationDto;
  canWrite: boolean;
  onClaimCreated(claimId: string, annotation: AnnotationDto): void;
}) {
  const t = useTranslations("articles.claimSection");
  const router = useRouter();
  const [mode, setMode] = useState<"none" | "create" | "link">("none");
  const [message, setMessage] = useState<string | null>(null);
  const headingId = `claims-${a.id}`;

  const done = (result: ActionResult<unknown>, merge: () => void) => {
    if (!result.ok) return;
    setMessage(result.message ?? t("saved"));
    setMode("none");
    merge();
    // the claim's link appears under the heading once the reader has it
    focusWhenPresent(headingId);
  };
  // a new claim comes with the annotation that states it; a link (the claim pages' action) refreshes the page
  const created = (result: ActionResult<{ id: string; annotation: AnnotationDto }>) =>
    done(result, () => result.ok && onClaimCreated(result.data.id, result.data.annotation));
  const linked = (result: ActionResult<unknown>) => done(result, () => router.refresh());
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
        <CreateClaimForm slug={slug} annotationId={a.id} exact={a.exact} onDone={created} onCancel={cancel} />
      )}
      {mode === "link" && (
        <LinkClaim
          slug={slug}
          articleId={articleId}
          annotationId={a.id}
          linkedIds={a.claims.map((c) => c.id)}
          onDone={linked}
          onCancel={cancel}
        />
      )}
    </section>
  );
}

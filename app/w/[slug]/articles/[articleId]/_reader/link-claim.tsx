"use client";

import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import type { ClaimFieldsSuggestion } from "@/lib/claims/extract/suggest-claim-fields";
import type { ClaimHitDto } from "@/lib/claims/search-claims";
import type { ActionResult } from "@/lib/http/action-result";
import { Differences } from "@/app/_components/claims/differences";
import { createClaimAction, getPassageExtractionAction, linkAppearanceAction } from "../../../claims/actions";
import { fetchReaderJson, readerPaths } from "./fetch-reader-json";
import { relationInput } from "../../../claims/_components/relation-fields";
import { VariantChoice } from "../../../claims/_components/variant-choice";
import { settle } from "@/app/_components/settle-action";

interface Differing {
  claim: ClaimHitDto;
  differences: AppearanceDifference[];
  suggestion: ClaimFieldsSuggestion | null;
}

/**
 * Links the passage to an existing claim. When the passage differs from it
 * (the server refuses without a `differenceNote`), the differences are shown
 * as the server reads them — the quote as a word diff, figures side by side —
 * with the two choices: the same claim with a note, or a new claim from this
 * passage related to that one.
 */
export function LinkClaim({
  slug,
  annotationId,
  linkedIds,
  onDone,
  onCancel,
}: {
  slug: string;
  annotationId: string;
  linkedIds: string[];
  onDone(result: ActionResult<unknown>): void;
  onCancel(): void;
}) {
  const t = useTranslations("articles.linkClaim");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<ClaimHitDto[]>([]);
  const [differing, setDiffering] = useState<Differing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const linked = linkedIds.join(" ");

  useEffect(() => {
    if (differing) return;
    const request = new AbortController();
    const timer = setTimeout(() => {
      fetchReaderJson<ClaimHitDto[]>(readerPaths.claimSearch(slug, query), request.signal).then(
        (result) => result.ok && setHits(result.data.filter((h) => !linked.split(" ").includes(h.id))),
        () => {}, // aborted by the next keystroke, or no answer: the list stays as it was
      );
    }, 200);
    return () => {
      request.abort();
      clearTimeout(timer);
    };
  }, [query, slug, linked, differing]);

  const link = (claim: ClaimHitDto) =>
    !pending &&
    start(async () => {
      const result = await settle(linkAppearanceAction(slug, { claimId: claim.id, annotationId }));
      if (result.ok) return onDone(result);
      if (!result.fieldErrors.differenceNote) return setError(result.error);
      const reading = await getPassageExtractionAction(slug, annotationId, claim.id);
      setError(null);
      setDiffering({
        claim,
        differences: reading.ok ? (reading.data.differences ?? []) : [],
        suggestion: reading.ok ? reading.data.suggestion : null,
      });
    });

  if (differing) {
    const { claim, differences, suggestion } = differing;
    const finish = (result: ActionResult<unknown>) => (result.ok && onDone(result), result);
    return (
      <div role="group" aria-labelledby="differs-heading" className="differs">
        <h4 id="differs-heading">{t("differs", { statement: claim.statement })}</h4>
        <Differences differences={differences} />
        <VariantChoice
          idPrefix={`link-${annotationId}`}
          onSame={async (differenceNote) =>
            finish(await settle(linkAppearanceAction(slug, { claimId: claim.id, annotationId, differenceNote })))
          }
          onRelation={async (relation) =>
            finish(
              await settle(
                createClaimAction(slug, {
                  annotationId,
                  statement: suggestion?.statement ?? "",
                  claimant: suggestion?.claimant ?? "",
                  relation: { ...relationInput(relation), toClaimId: claim.id },
                }),
              ),
            )
          }
          onCancel={() => setDiffering(null)}
        />
      </div>
    );
  }
  return (
    <div role="group" aria-label={t("label")}>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      <label htmlFor="claim-search" className="visually-hidden">
        {t("searchLabel")}
      </label>
      <input
        id="claim-search"
        type="search"
        placeholder={t("searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoFocus
        style={{ width: "100%" }}
      />
      <ul className="annotation-list" style={{ marginTop: "0.5rem" }} aria-live="polite">
        {hits.map((h) => (
          <li key={h.id}>
            <button type="button" aria-disabled={pending || undefined} onClick={() => link(h)}>
              <span className="q">{h.statement}</span>
              <span className="meta">
                {h.claimant ?? t("noClaimant")} · {t("appearances", { count: h.appearances })}
              </span>
            </button>
          </li>
        ))}
        {hits.length === 0 && <li className="muted">{t("noMatch")}</li>}
      </ul>
      <button className="button small secondary" type="button" onClick={onCancel}>
        {t("cancel")}
      </button>
    </div>
  );
}

"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { SpanSuggestionDto } from "@/lib/claims/find-claim-suggestions";
import type { ActionResult } from "@/lib/http/action-result";
import { Differences } from "@/app/_components/claims/differences";
import { quoted } from "@/app/_components/claims/quoted";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { useActionCall } from "@/app/_components/use-action-call";
import { addSuggestedAppearanceAction, recordVariantAsRelationAction } from "../actions";
import { relationInput } from "./relation-fields";
import { VariantChoice } from "./variant-choice";

const keyOf = (s: SpanSuggestionDto) => `${s.versionId}-${s.start}-${s.end}`;

/**
 * Sentences elsewhere that likely state this claim; each is linked only on an
 * editor's click. Those that state it the same way come first; "close, but
 * different" ones (an altered quote, another figure) are labelled by their
 * difference and linked only with a note or as a relation. The list is the
 * one the page was loaded with: a linked sentence disappears in place and the
 * others never move under the pointer (no re-sorting, no refetching); the
 * focus goes to the next sentence's button, or to the heading.
 */
export function SuggestedAppearances({
  slug,
  claimId,
  suggestions,
  headingId,
}: {
  slug: string;
  claimId: string;
  suggestions: SpanSuggestionDto[];
  headingId: string;
}) {
  const [, call] = useActionCall();
  const t = useTranslations("claims.suggestedAppearances");
  const [items, setItems] = useState(suggestions);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState("");

  const span = (s: SpanSuggestionDto) => ({
    articleId: s.articleId,
    versionId: s.versionId,
    start: s.start,
    end: s.end,
    exact: s.sentence,
  });
  // busy names the sentence being added (its button says so); VariantChoice waits for the result to show its errors
  function run(
    s: SpanSuggestionDto,
    action: () => Promise<ActionResult<unknown>>,
    done: "added" | "recorded",
  ): Promise<ActionResult<unknown>> {
    const key = keyOf(s);
    setBusy(key);
    return new Promise((resolve) =>
      call(action, (result) => {
        setBusy(null);
        resolve(result);
        if (!result.ok) {
          if (!choosing) setErrors((e) => ({ ...e, [key]: result.error }));
          // a sentence that turns out to differ (the article changed since the page loaded) asks for the choice
          if (result.fieldErrors.differenceNote && choosing !== key) setChoosing(key);
          return;
        }
        const index = items.findIndex((x) => keyOf(x) === key);
        const next = items[index + 1] ?? items[index - 1];
        setItems((list) => list.filter((x) => keyOf(x) !== key));
        setChoosing(null);
        // names the article, not the sentence: the sentence itself has left the list
        setStatus(t(done, { article: s.articleTitle }));
        focusWhenPresent(next ? `add-${keyOf(next)}` : headingId, headingId);
      }),
    );
  }
  const addSame = (s: SpanSuggestionDto, differenceNote?: string) =>
    run(
      s,
      () => addSuggestedAppearanceAction(slug, { claimId, ...span(s), ...(differenceNote ? { differenceNote } : {}) }),
      "added",
    );

  const same = items.filter((s) => s.match === "same");
  const variants = items.filter((s) => s.match === "variant");
  const item = (s: SpanSuggestionDto) => {
    const key = keyOf(s);
    return (
      <li key={key} className="evidence-item suggestion" aria-labelledby={`sentence-${key}`}>
        <p className="appearance" id={`sentence-${key}`}>
          {quoted(s.sentence)}
        </p>
        <p className="muted">
          <Link href={`/w/${slug}/articles/${s.articleId}`}>{s.articleTitle}</Link> ·{" "}
          {s.reasons.join(", ") || t("similar")} · {t("score", { score: s.score.toFixed(2) })}
        </p>
        {s.match === "variant" && <Differences differences={s.differences} passage={t("theSentence")} />}
        {errors[key] && (
          <p role="alert" className="alert error">
            {errors[key]}
          </p>
        )}
        {choosing === key ? (
          <VariantChoice
            idPrefix={`choice-${key}`}
            onSame={(note) => addSame(s, note)}
            onRelation={(relation) =>
              run(
                s,
                () =>
                  recordVariantAsRelationAction(slug, { claimId, span: span(s), relation: relationInput(relation) }),
                "recorded",
              )
            }
            onCancel={() => (setChoosing(null), focusWhenPresent(`add-${key}`))}
          />
        ) : (
          <button
            id={`add-${key}`}
            className="button small secondary"
            type="button"
            // not disabled while another sentence is being added: a disabled button would drop the keyboard focus
            aria-disabled={busy !== null || undefined}
            aria-describedby={`sentence-${key}`}
            onClick={() => {
              if (busy !== null) return;
              setErrors((e) => ({ ...e, [key]: "" }));
              if (s.match === "variant") setChoosing(key);
              else void addSame(s);
            }}
          >
            {busy === key ? t("adding") : t("add")}
          </button>
        )}
      </li>
    );
  };

  return (
    <>
      <p role="status" className={status ? "alert success" : "visually-hidden"}>
        {status}
      </p>
      {items.length === 0 && <p className="muted">{suggestions.length > 0 ? t("noneAnyMore") : t("none")}</p>}
      {same.length > 0 && (
        <>
          {variants.length > 0 && <h3>{t("sameHeading")}</h3>}
          <ul className="suggestion-list">{same.map(item)}</ul>
        </>
      )}
      {variants.length > 0 && (
        <>
          <h3>{t("variantsHeading")}</h3>
          <p className="muted">{t("variantsHint")}</p>
          <ul className="suggestion-list">{variants.map(item)}</ul>
        </>
      )}
    </>
  );
}

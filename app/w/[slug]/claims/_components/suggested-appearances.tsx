"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SpanSuggestionDto } from "@/lib/claims/find-claim-suggestions";
import type { ActionResult } from "@/lib/http/action-result";
import { Differences } from "@/app/_components/claims/differences";
import { quoted } from "@/app/_components/claims/quoted";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
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
export function SuggestedAppearances({ slug, claimId, suggestions, headingId }: { slug: string; claimId: string; suggestions: SpanSuggestionDto[]; headingId: string }) {
  const router = useRouter();
  const [items, setItems] = useState(suggestions);
  const [choosing, setChoosing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState("");

  const span = (s: SpanSuggestionDto) => ({ articleId: s.articleId, versionId: s.versionId, start: s.start, end: s.end, exact: s.sentence });
  async function run(s: SpanSuggestionDto, action: () => Promise<ActionResult<unknown>>, done: string): Promise<ActionResult<unknown>> {
    const key = keyOf(s);
    setBusy(key);
    const result = await action();
    setBusy(null);
    if (!result.ok) {
      if (!choosing) setErrors((e) => ({ ...e, [key]: result.error }));
      // a sentence that turns out to differ (the article changed since the page loaded) asks for the choice
      if (result.fieldErrors.differenceNote && choosing !== key) setChoosing(key);
      return result;
    }
    const index = items.findIndex((x) => keyOf(x) === key);
    const next = items[index + 1] ?? items[index - 1];
    setItems((list) => list.filter((x) => keyOf(x) !== key));
    setChoosing(null);
    // names the article, not the sentence: the sentence itself has left the list
    setStatus(`${done} (the sentence in “${s.articleTitle}”).`);
    focusWhenPresent(next ? `add-${keyOf(next)}` : headingId, headingId);
    router.refresh();
    return result;
  }
  const addSame = (s: SpanSuggestionDto, differenceNote?: string) =>
    run(s, () => addSuggestedAppearanceAction(slug, { claimId, ...span(s), ...(differenceNote ? { differenceNote } : {}) }), "Added as an appearance");

  const same = items.filter((s) => s.match === "same");
  const variants = items.filter((s) => s.match === "variant");
  const item = (s: SpanSuggestionDto) => {
    const key = keyOf(s);
    return (
      <li key={key} className="evidence-item suggestion" aria-labelledby={`sentence-${key}`}>
        <p className="appearance" id={`sentence-${key}`}>{quoted(s.sentence)}</p>
        <p className="muted">
          <Link href={`/w/${slug}/articles/${s.articleId}`}>{s.articleTitle}</Link> · {s.reasons.join(", ") || "similar"} · score {s.score.toFixed(2)}
        </p>
        {s.match === "variant" && <Differences differences={s.differences} passage="the sentence" />}
        {errors[key] && <p role="alert" className="alert error">{errors[key]}</p>}
        {choosing === key ? (
          <VariantChoice
            idPrefix={`choice-${key}`}
            onSame={(note) => addSame(s, note)}
            onRelation={(relation) => run(s, () => recordVariantAsRelationAction(slug, { claimId, span: span(s), relation: relationInput(relation) }), "Recorded as a related claim")}
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
            {busy === key ? "Adding…" : "Add as appearance"}
          </button>
        )}
      </li>
    );
  };

  return (
    <>
      <p role="status" className={status ? "alert success" : "visually-hidden"}>{status}</p>
      {items.length === 0 && <p className="muted">No other passage in this workspace looks like the same claim{suggestions.length > 0 ? " any more" : ""}.</p>}
      {same.length > 0 && (
        <>
          {variants.length > 0 && <h3>Same claim</h3>}
          <ul className="suggestion-list">{same.map(item)}</ul>
        </>
      )}
      {variants.length > 0 && (
        <>
          <h3>Close, but different</h3>
          <p className="muted">These sentences differ from the claim. Adding one asks whether it is the same claim despite the difference (with a note) or another claim related to this one.</p>
          <ul className="suggestion-list">{variants.map(item)}</ul>
        </>
      )}
    </>
  );
}

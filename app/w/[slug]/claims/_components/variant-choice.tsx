"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/http/action-result";
import { NO_RELATION, RelationFields, type RelationFieldsValue } from "./relation-fields";

type Choice = "same" | "relation";

const rich = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  muted: (chunks: ReactNode) => <span className="muted">{chunks}</span>,
};

/**
 * The two honest answers when a passage differs from a claim (an altered
 * quote, another figure): (a) it is the same claim despite the difference —
 * with a note saying why, which reviewers read — or (b) it is another claim
 * related to this one (misquotes, contradicts, updates, translation of).
 * The caller runs the action; a failure's message and field errors show here.
 */
export function VariantChoice({
  idPrefix,
  onSame,
  onRelation,
  onCancel,
  autoFocus = true,
}: {
  idPrefix: string;
  onSame(differenceNote: string): Promise<ActionResult<unknown>>;
  onRelation(relation: RelationFieldsValue): Promise<ActionResult<unknown>>;
  onCancel(): void;
  autoFocus?: boolean;
}) {
  const t = useTranslations("claims");
  const [choice, setChoice] = useState<Choice | null>(null);
  const [note, setNote] = useState("");
  const [relation, setRelation] = useState(NO_RELATION);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const id = (name: string) => `${idPrefix}-${name}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (choice === "same" && !note.trim()) return setFieldErrors({ differenceNote: [t("variantChoice.noteRequired")] });
    if (choice === "relation" && !relation.kind) return setFieldErrors({ kind: [t("variantChoice.kindRequired")] });
    setPending(true);
    const result = choice === "same" ? await onSame(note) : await onRelation(relation);
    setPending(false);
    if (!result.ok) {
      setError(result.error);
      // the relation's fields arrive as "relation.kind", "relation.language"…
      setFieldErrors(
        Object.fromEntries(
          Object.entries(result.fieldErrors).map(([key, messages]) => [key.replace(/^relation\./, ""), messages]),
        ),
      );
    }
  }
  const noteErrors = fieldErrors.differenceNote;
  return (
    <form onSubmit={submit} className="variant-choice" aria-label={t("variantChoice.label")} noValidate>
      <fieldset>
        <legend>{t("variantChoice.legend")}</legend>
        <label className="choice">
          <input
            type="radio"
            name={id("choice")}
            value="same"
            checked={choice === "same"}
            onChange={() => setChoice("same")}
            autoFocus={autoFocus}
          />
          <span>{t.rich("variantChoice.same", rich)}</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name={id("choice")}
            value="relation"
            checked={choice === "relation"}
            onChange={() => setChoice("relation")}
          />
          <span>{t.rich("variantChoice.relation", rich)}</span>
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="alert error">
          {error}
        </p>
      )}
      {choice === "same" && (
        <div className="field">
          <label htmlFor={id("note")}>{t("variantChoice.why")}</label>
          <textarea
            id={id("note")}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            required
            maxLength={2000}
            style={{ minHeight: "3rem" }}
            aria-invalid={noteErrors?.length ? true : undefined}
            aria-describedby={noteErrors?.length ? id("note-error") : undefined}
          />
          {noteErrors?.length ? (
            <p className="field-error" id={id("note-error")}>
              {noteErrors.join(" ")}
            </p>
          ) : null}
        </div>
      )}
      {choice === "relation" && (
        <RelationFields
          idPrefix={id("rel")}
          subject="newClaim"
          value={relation}
          onChange={setRelation}
          errors={fieldErrors}
        />
      )}
      <div className="row-actions">
        {choice && (
          <button className="button small" type="submit" aria-disabled={pending || undefined}>
            {pending
              ? t("shared.saving")
              : choice === "same"
                ? t("variantChoice.linkSame")
                : t("variantChoice.createRelated")}
          </button>
        )}
        <button className="button small secondary" type="button" onClick={onCancel}>
          {t("shared.cancel")}
        </button>
      </div>
    </form>
  );
}

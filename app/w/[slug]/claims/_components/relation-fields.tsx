"use client";

import { useTranslations } from "next-intl";
import { RELATION_KINDS, relationOptionKey } from "@/app/_components/claims/relation-words";
import type { ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";

export type RelationKind = ClaimRelationDto["kind"];
export interface RelationFieldsValue {
  kind: RelationKind | "";
  note: string;
  language: string;
  originalWording: string;
}
export const NO_RELATION: RelationFieldsValue = { kind: "", note: "", language: "", originalWording: "" };

/**
 * Kind, note, and, for "translation of" only, the language and the original
 * wording: controlled, so a form can hold them while the claim is chosen.
 * `subject` names the claim the sentence is about: this claim, or the new claim from a passage.
 */
export function RelationFields({
  idPrefix,
  subject,
  value,
  onChange,
  errors = {},
  noteLabel,
}: {
  idPrefix: string;
  subject: "thisClaim" | "newClaim";
  value: RelationFieldsValue;
  onChange(value: RelationFieldsValue): void;
  errors?: Record<string, string[]>;
  noteLabel?: string;
}) {
  const t = useTranslations("claims.relationFields");
  const tc = useTranslations("common.claims");
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (patch: Partial<RelationFieldsValue>) => onChange({ ...value, ...patch });
  const errorOf = (name: string) =>
    errors[name]?.length ? (
      <p className="field-error" id={`${id(name)}-error`}>
        {errors[name]!.join(" ")}
      </p>
    ) : null;
  const aria = (name: string) =>
    errors[name]?.length ? { "aria-invalid": true as const, "aria-describedby": `${id(name)}-error` } : {};
  return (
    <>
      <div className="field">
        <label htmlFor={id("kind")}>{t("relation")}</label>
        <span className="hint" id={id("kind-hint")}>
          {t("kindHint", { subject })}
        </span>
        <select
          id={id("kind")}
          value={value.kind}
          onChange={(e) => set({ kind: e.target.value as RelationKind | "" })}
          required
          aria-describedby={errors.kind?.length ? `${id("kind-hint")} ${id("kind")}-error` : id("kind-hint")}
          aria-invalid={errors.kind?.length ? true : undefined}
        >
          <option value="" disabled>
            {t("chooseRelation")}
          </option>
          {RELATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {tc(relationOptionKey(kind))}
            </option>
          ))}
        </select>
        {errorOf("kind")}
      </div>
      {value.kind === "TRANSLATION_OF" && (
        <div className="form-row">
          <div className="field">
            <label htmlFor={id("language")}>{t("language")}</label>
            <span className="hint" id={id("language-hint")}>
              {t("languageHint")}
            </span>
            <input
              id={id("language")}
              type="text"
              size={8}
              value={value.language}
              onChange={(e) => set({ language: e.target.value })}
              aria-describedby={
                errors.language?.length ? `${id("language-hint")} ${id("language")}-error` : id("language-hint")
              }
              aria-invalid={errors.language?.length ? true : undefined}
            />
            {errorOf("language")}
          </div>
          <div className="field" style={{ flex: "1 1 16rem" }}>
            <label htmlFor={id("original")}>{t("originalWording")}</label>
            <input
              id={id("original")}
              type="text"
              value={value.originalWording}
              onChange={(e) => set({ originalWording: e.target.value })}
              {...aria("originalWording")}
            />
            {errorOf("originalWording")}
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={id("note")}>{noteLabel ?? t("note")}</label>
        <textarea
          id={id("note")}
          value={value.note}
          onChange={(e) => set({ note: e.target.value })}
          maxLength={2000}
          style={{ minHeight: "3rem" }}
          {...aria("note")}
        />
        {errorOf("note")}
      </div>
    </>
  );
}

/** The relation fields as the server's ClaimRelationFieldsSchema reads them (without the other claim). */
export function relationInput(value: RelationFieldsValue) {
  return {
    kind: value.kind,
    note: value.note,
    ...(value.kind === "TRANSLATION_OF" ? { language: value.language, originalWording: value.originalWording } : {}),
  };
}

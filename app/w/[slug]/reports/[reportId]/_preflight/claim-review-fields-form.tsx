"use client";

import { useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { FormOutcome } from "@/app/_components/form-outcome";
import type { PreflightItem } from "@/lib/publishing/claim-review-preflight";
import { updateClaimReviewFieldsAction } from "./actions";

/** the scheme an address starts with: not words to translate */
const URL_PLACEHOLDER = "https://";

const SHORT_MAX = 75;

/** One fact-check's ClaimReview fields, fixed in place from the preflight. */
export function ClaimReviewFieldsForm({
  slug,
  reportId,
  item,
}: {
  slug: string;
  reportId: string;
  item: PreflightItem;
}) {
  const t = useTranslations("factCheck.preflight");
  const [state, action, pending] = useActionState(
    updateClaimReviewFieldsAction.bind(null, slug, reportId, item.claimId),
    null,
  );
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok && state.values ? state.values : null;
  const [short, setShort] = useState(values?.shortStatement ?? item.shortStatement ?? "");
  const prefix = useId().replace(/:/g, "");
  const id = (name: string) => `${prefix}-${name}`;
  const needsShort = [...item.statement].length > SHORT_MAX || Boolean(item.shortStatement);
  return (
    <form action={action} className="preflight-form" aria-label={t("formLabel")}>
      <FormOutcome state={state} />
      {needsShort && (
        <Field
          id={id("shortStatement")}
          label={t("shortStatement")}
          hint={t("shortStatementHint", { count: [...short].length, max: SHORT_MAX })}
          errors={errors.shortStatement}
        >
          <input
            type="text"
            maxLength={SHORT_MAX * 2}
            value={short}
            onChange={(e) => setShort(e.currentTarget.value)}
            {...fieldAria(id("shortStatement"), errors.shortStatement, true)}
            name="shortStatement"
          />
        </Field>
      )}
      {!needsShort && <input type="hidden" name="shortStatement" value={item.shortStatement ?? ""} />}
      <Field id={id("claimant")} label={t("claimant")} errors={errors.claimant}>
        <input
          type="text"
          defaultValue={values?.claimant ?? item.claimant ?? ""}
          {...fieldAria(id("claimant"), errors.claimant)}
          name="claimant"
        />
      </Field>
      <Field id={id("claimDate")} label={t("claimDate")} errors={errors.claimDate}>
        <input
          type="date"
          defaultValue={values?.claimDate ?? item.claimDate ?? ""}
          {...fieldAria(id("claimDate"), errors.claimDate)}
          name="claimDate"
        />
      </Field>
      <Field
        id={id("firstAppearanceUrl")}
        label={t("firstAppearanceUrl")}
        hint={t("firstAppearanceHint")}
        errors={errors.firstAppearanceUrl}
      >
        <input
          type="url"
          inputMode="url"
          placeholder={URL_PLACEHOLDER}
          defaultValue={values?.firstAppearanceUrl ?? item.firstAppearanceUrl ?? ""}
          {...fieldAria(id("firstAppearanceUrl"), errors.firstAppearanceUrl, true)}
          name="firstAppearanceUrl"
        />
      </Field>
      {errors.correctionNote && (
        <Field id={id("correctionNote")} label={t("correctionNote")} errors={errors.correctionNote}>
          <textarea rows={2} {...fieldAria(id("correctionNote"), errors.correctionNote)} name="correctionNote" />
        </Field>
      )}
      <button className="button small" type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  );
}

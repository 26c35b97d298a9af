import Link from "next/link";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import type { FieldErrors } from "@/lib/errors";
import type { SearchFilterOptionsDto } from "@/lib/search/find-search-filter-options";
import styles from "../search.module.css";
import { ANCHOR_STATE_OPTIONS, labelKey } from "@/lib/i18n/labels";
import { OutletField } from "./outlet-field";

/**
 * The filters, as fields of the search form (HTML `form` attribute): they
 * submit with the query, by Enter or "Apply filters", without JavaScript.
 */
export function FilterPanel({
  slug,
  form,
  values,
  options,
  errors,
  clearHref,
}: {
  slug: string;
  form: string;
  values: Record<string, string>;
  options: SearchFilterOptionsDto;
  errors: FieldErrors;
  clearHref: string;
}) {
  const t = useTranslations("search.filters");
  const labels = useTranslations("labels");
  const select = (id: string, label: string, choices: { value: string; label: string }[], hint?: string) => (
    <Field id={id} label={label} hint={hint} errors={errors[id]}>
      <select {...fieldAria(id, errors[id], !!hint)} form={form} defaultValue={values[id] ?? ""}>
        <option value="">{t("any")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
  const text = (id: string, label: string, hint?: string) => (
    <Field id={id} label={label} hint={hint} errors={errors[id]}>
      <input
        {...fieldAria(id, errors[id], !!hint)}
        form={form}
        type="text"
        defaultValue={values[id] ?? ""}
        autoComplete="off"
      />
    </Field>
  );
  return (
    <aside className={styles.filters} aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t("heading")}</h2>
      {select(
        "rating",
        t("rating"),
        options.ratings.map((r) => ({ value: r.key, label: r.label })),
        t("ratingHint"),
      )}
      {select(
        "status",
        t("status"),
        options.statuses.map((s) => ({ value: s, label: labels(labelKey.verdictStatus(s)) })),
      )}
      {select(
        "author",
        t("author"),
        options.authors.map((a) => ({ value: a.id, label: a.name })),
        t("authorHint"),
      )}
      {text("tag", t("tag"), t("tagHint"))}
      <OutletField slug={slug} form={form} value={values.outlet} initial={options.outlets} errors={errors.outlet} />
      <div className={styles.dates}>
        <Field id="from" label={t("from")} errors={errors.from}>
          <input {...fieldAria("from", errors.from)} form={form} type="date" defaultValue={values.from ?? ""} />
        </Field>
        <Field id="to" label={t("to")} errors={errors.to}>
          <input {...fieldAria("to", errors.to)} form={form} type="date" defaultValue={values.to ?? ""} />
        </Field>
      </div>
      <p className="hint muted" style={{ fontSize: "0.8rem", marginTop: 0 }}>
        {t("datesHint")}
      </p>
      {select(
        "anchor",
        t("anchor"),
        ANCHOR_STATE_OPTIONS.map((a) => ({ value: a, label: labels(labelKey.anchorState(a)) })),
        t("anchorHint"),
      )}
      <div className={styles.filterActions}>
        <button type="submit" form={form} className="button small">
          {t("apply")}
        </button>
        <Link href={clearHref}>{t("clear")}</Link>
      </div>
    </aside>
  );
}

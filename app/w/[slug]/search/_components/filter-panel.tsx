import Link from "next/link";
import { Field, fieldAria } from "@/app/_components/field";
import type { FieldErrors } from "@/lib/errors";
import type { SearchFilterOptionsDto } from "@/lib/search/find-search-filter-options";
import { ANCHOR_LABELS, STATUS_LABELS } from "../labels";
import styles from "../search.module.css";

const ANCHORS = Object.keys(ANCHOR_LABELS) as (keyof typeof ANCHOR_LABELS)[];

/**
 * The filters, as fields of the search form (HTML `form` attribute): they
 * submit with the query, by Enter or "Apply filters", without JavaScript.
 */
export function FilterPanel({ form, values, options, errors, clearHref }: { form: string; values: Record<string, string>; options: SearchFilterOptionsDto; errors: FieldErrors; clearHref: string }) {
  const select = (id: string, label: string, choices: { value: string; label: string }[], hint?: string) => (
    <Field id={id} label={label} hint={hint} errors={errors[id]}>
      <select {...fieldAria(id, errors[id], !!hint)} form={form} defaultValue={values[id] ?? ""}>
        <option value="">Any</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
  const text = (id: string, label: string, hint?: string, list?: string) => (
    <Field id={id} label={label} hint={hint} errors={errors[id]}>
      <input {...fieldAria(id, errors[id], !!hint)} form={form} type="text" defaultValue={values[id] ?? ""} list={list} autoComplete="off" />
    </Field>
  );
  return (
    <aside className={styles.filters} aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      {select("rating", "Verdict rating", options.ratings.map((r) => ({ value: r.key, label: r.label })), "Claims, and notes on them")}
      {select("status", "Review state", options.statuses.map((s) => ({ value: s, label: STATUS_LABELS[s] })))}
      {select("author", "Author", options.authors.map((a) => ({ value: a.id, label: a.name })), "Who wrote the note or claim, or added the article")}
      {text("tag", "Tag", "Notes, and claims they mark")}
      {text("outlet", "Outlet", undefined, "search-outlets")}
      <datalist id="search-outlets">
        {options.outlets.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <div className={styles.dates}>
        <Field id="from" label="From" errors={errors.from}>
          <input {...fieldAria("from", errors.from)} form={form} type="date" defaultValue={values.from ?? ""} />
        </Field>
        <Field id="to" label="To" errors={errors.to}>
          <input {...fieldAria("to", errors.to)} form={form} type="date" defaultValue={values.to ?? ""} />
        </Field>
      </div>
      <p className="hint muted" style={{ fontSize: "0.8rem", marginTop: 0 }}>
        Published (articles), written (notes), claim date (claims).
      </p>
      {select("anchor", "Anchor state", ANCHORS.map((a) => ({ value: a, label: ANCHOR_LABELS[a] })), "Notes only")}
      <div className={styles.filterActions}>
        <button type="submit" form={form} className="button small">
          Apply filters
        </button>
        <Link href={clearHref}>Clear filters</Link>
      </div>
    </aside>
  );
}

import { useTranslations } from "next-intl";
import type { ClaimDto } from "@/lib/claims/get-claim";

type ValueQualifier = NonNullable<ClaimDto["value"]["qualifier"]>;

export const QUALIFIERS = [
  "EXACT",
  "AT_LEAST",
  "ABOUT",
  "MORE_THAN",
  "UP_TO",
  "FEWER_THAN",
] as const satisfies readonly ValueQualifier[];

export interface ClaimValueDefaults {
  metric?: string | null;
  qualifier?: ValueQualifier | null;
  valueLow?: number | null;
  valueHigh?: number | null;
  unit?: string | null;
  eventLabel?: string | null;
  /** YYYY-MM-DD */
  eventDate?: string | null;
  eventPlace?: string | null;
  /** YYYY-MM-DD: the day the figure refers to */
  asOf?: string | null;
}

/**
 * The structured value and event of a claim as uncontrolled inputs (read with
 * FormData): metric, qualifier, value (a range "to"), unit, event, event date,
 * place. Used to create a claim from a passage and to edit one. `prefix` keeps
 * ids unique when two forms are on a page; `errors` are the server's field errors.
 */
export function ClaimValueFields({
  prefix,
  defaults = {},
  legendNote,
  errors = {},
  withAsOf = false,
}: {
  prefix: string;
  defaults?: ClaimValueDefaults;
  legendNote?: string;
  errors?: Record<string, string[]>;
  withAsOf?: boolean;
}) {
  const t = useTranslations("claims.claimValueFields");
  const id = (name: string) => `${prefix}-${name}`;
  const invalid = (name: string) =>
    errors[name]?.length ? { "aria-invalid": true as const, "aria-describedby": `${id(name)}-error` } : {};
  const errorOf = (name: string) =>
    errors[name]?.length ? (
      <p className="field-error" id={`${id(name)}-error`}>
        {errors[name]!.join(" ")}
      </p>
    ) : null;
  const high =
    defaults.valueHigh !== null && defaults.valueHigh !== undefined && defaults.valueHigh !== defaults.valueLow
      ? defaults.valueHigh
      : "";
  return (
    <fieldset className="value-fields">
      <legend>
        {t("legend")} {legendNote && <span className="muted">({legendNote})</span>}
      </legend>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("metric")}>{t("metric")}</label>
          <input
            id={id("metric")}
            name="metric"
            type="text"
            size={10}
            defaultValue={defaults.metric ?? ""}
            {...invalid("metric")}
          />
          {errorOf("metric")}
        </div>
        <div className="field">
          <label htmlFor={id("qualifier")}>{t("qualifier")}</label>
          <select id={id("qualifier")} name="qualifier" defaultValue={defaults.qualifier ?? ""}>
            <option value="">—</option>
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {t(`qualifiers.${q}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id("low")}>{t("valueLow")}</label>
          <input
            id={id("low")}
            name="valueLow"
            type="text"
            inputMode="decimal"
            size={8}
            defaultValue={defaults.valueLow ?? ""}
            {...invalid("valueLow")}
          />
          {errorOf("valueLow")}
        </div>
        <div className="field">
          <label htmlFor={id("high")}>{t("valueHigh")}</label>
          <input
            id={id("high")}
            name="valueHigh"
            type="text"
            inputMode="decimal"
            size={8}
            defaultValue={high}
            {...invalid("valueHigh")}
          />
          {errorOf("valueHigh")}
        </div>
        <div className="field">
          <label htmlFor={id("unit")}>{t("unit")}</label>
          <input id={id("unit")} name="unit" type="text" size={6} defaultValue={defaults.unit ?? ""} />
        </div>
        {withAsOf && (
          <div className="field">
            <label htmlFor={id("as-of")}>{t("asOf")}</label>
            <input id={id("as-of")} name="asOf" type="date" defaultValue={defaults.asOf ?? ""} {...invalid("asOf")} />
            {errorOf("asOf")}
          </div>
        )}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={id("event")}>{t("event")}</label>
          <input
            id={id("event")}
            name="eventLabel"
            type="text"
            placeholder={t("eventPlaceholder")}
            defaultValue={defaults.eventLabel ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor={id("event-date")}>{t("eventDate")}</label>
          <input
            id={id("event-date")}
            name="eventDate"
            type="date"
            defaultValue={defaults.eventDate ?? ""}
            {...invalid("eventDate")}
          />
          {errorOf("eventDate")}
        </div>
        <div className="field">
          <label htmlFor={id("place")}>{t("place")}</label>
          <input id={id("place")} name="eventPlace" type="text" size={10} defaultValue={defaults.eventPlace ?? ""} />
        </div>
      </div>
    </fieldset>
  );
}

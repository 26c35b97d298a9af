import Link from "next/link";
import { useTranslations } from "next-intl";
import { listHref } from "./list-href";

export type ControlField =
  | { kind: "text"; name: string; label: string; value: string | undefined }
  | {
      kind: "select";
      name: string;
      label: string;
      value: string | undefined;
      options: readonly { value: string; label: string }[];
    };

/**
 * The sort and filters of a list as a plain GET form: labelled controls and
 * a submit button, so it works without JavaScript and the result is an
 * address. Applying starts again at the first page (the cursor is dropped);
 * `keep` carries parameters the form does not show (a status tab).
 */
export function ListControls({
  base,
  label,
  fields,
  keep = {},
}: {
  base: string;
  label: string;
  fields: ControlField[];
  keep?: Record<string, string | undefined>;
}) {
  const t = useTranslations("common.paging");
  const id = (name: string) => `list-${name}`;
  return (
    <form method="get" action={base} role="search" aria-label={label} className="list-controls">
      {Object.entries(keep).map(
        ([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />,
      )}
      {fields.map((field) => (
        <div className="field" key={field.name}>
          <label htmlFor={id(field.name)}>{field.label}</label>
          {field.kind === "text" ? (
            <input
              type="search"
              id={id(field.name)}
              name={field.name}
              defaultValue={field.value ?? ""}
              maxLength={200}
            />
          ) : (
            <select id={id(field.name)} name={field.name} defaultValue={field.value ?? ""}>
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </div>
      ))}
      <div className="list-controls-actions">
        <button type="submit" className="button secondary">
          {t("apply")}
        </button>
        <Link href={listHref(base, keep)}>{t("clear")}</Link>
      </div>
    </form>
  );
}

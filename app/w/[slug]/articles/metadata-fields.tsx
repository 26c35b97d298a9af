import type { ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";

/** Machine formats, the same in every language: a URL scheme and a language tag. */
export const URL_PLACEHOLDER = "https://";
const LANGUAGE_PLACEHOLDER = "en";

export interface MetadataValues {
  title?: string;
  outlet?: string;
  author?: string;
  url_meta?: string;
  publishedAt?: string;
  language?: string;
}

/**
 * Title, outlet, author, original URL, published date and language. `title`
 * makes the title a controlled field, for a form that offers a title from the
 * text without ever replacing one the person typed.
 */
export function MetadataFields({
  errors,
  values,
  titleRequired,
  title,
}: {
  errors: Record<string, string[]>;
  values: MetadataValues;
  titleRequired: boolean;
  title?: { value: string; onChange(value: string): void };
}) {
  const t = useTranslations("articles.metadata");
  const titleInput = title
    ? { value: title.value, onChange: (e: ChangeEvent<HTMLInputElement>) => title.onChange(e.target.value) }
    : { defaultValue: values.title, key: values.title };
  return (
    <>
      <Field id="title" label={titleRequired ? t("title") : t("titleOptional")} errors={errors.title}>
        <input type="text" required={titleRequired} {...titleInput} {...fieldAria("title", errors.title)} />
      </Field>
      <div className="form-row">
        <Field id="outlet" label={t("outlet")} errors={errors.outlet}>
          <input type="text" defaultValue={values.outlet} {...fieldAria("outlet", errors.outlet)} />
        </Field>
        <Field id="author" label={t("author")} errors={errors.author}>
          <input type="text" defaultValue={values.author} {...fieldAria("author", errors.author)} />
        </Field>
        <Field id="publishedAt" label={t("published")} errors={errors.publishedAt}>
          <input type="date" defaultValue={values.publishedAt} {...fieldAria("publishedAt", errors.publishedAt)} />
        </Field>
        <Field id="language" label={t("language")} errors={errors.language}>
          <input
            type="text"
            placeholder={LANGUAGE_PLACEHOLDER}
            size={6}
            defaultValue={values.language}
            {...fieldAria("language", errors.language)}
          />
        </Field>
      </div>
      <Field id="url_meta" label={t("originalUrl")} errors={errors.url}>
        <input
          type="url"
          placeholder={URL_PLACEHOLDER}
          defaultValue={values.url_meta}
          {...fieldAria("url_meta", errors.url)}
        />
      </Field>
    </>
  );
}

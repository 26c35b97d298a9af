import type { ChangeEvent } from "react";
import { Field, fieldAria } from "@/app/_components/field";

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
export function MetadataFields({ errors, values, titleRequired, title }: { errors: Record<string, string[]>; values: MetadataValues; titleRequired: boolean; title?: { value: string; onChange(value: string): void } }) {
  const titleInput = title
    ? { value: title.value, onChange: (e: ChangeEvent<HTMLInputElement>) => title.onChange(e.target.value) }
    : { defaultValue: values.title, key: values.title };
  return (
    <>
      <Field id="title" label={titleRequired ? "Title" : "Title (optional: taken from the article when empty)"} errors={errors.title}>
        <input type="text" required={titleRequired} {...titleInput} {...fieldAria("title", errors.title)} />
      </Field>
      <div className="form-row">
        <Field id="outlet" label="Outlet" errors={errors.outlet}>
          <input type="text" defaultValue={values.outlet} {...fieldAria("outlet", errors.outlet)} />
        </Field>
        <Field id="author" label="Author" errors={errors.author}>
          <input type="text" defaultValue={values.author} {...fieldAria("author", errors.author)} />
        </Field>
        <Field id="publishedAt" label="Published" errors={errors.publishedAt}>
          <input type="date" defaultValue={values.publishedAt} {...fieldAria("publishedAt", errors.publishedAt)} />
        </Field>
        <Field id="language" label="Language" errors={errors.language}>
          <input type="text" placeholder="en" size={6} defaultValue={values.language} {...fieldAria("language", errors.language)} />
        </Field>
      </div>
      <Field id="url_meta" label="Original address (optional)" errors={errors.url}>
        <input type="url" placeholder="https://" defaultValue={values.url_meta} {...fieldAria("url_meta", errors.url)} />
      </Field>
    </>
  );
}

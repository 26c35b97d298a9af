"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, fieldAria } from "@/app/_components/field";
import { MAX_IMPORT_BYTES } from "@/lib/text-import/import-limits";
import { URL_PLACEHOLDER } from "./metadata-fields";

type Source = "text" | "file" | "url";
const SOURCES = [
  ["text", "paste"],
  ["file", "upload"],
  ["url", "url"],
] as const;
const MEGABYTES = MAX_IMPORT_BYTES / (1024 * 1024);

/**
 * Where the article text comes from: pasted, an uploaded .txt/.md/.html file,
 * or a URL the server fetches. `onFirstLine` offers a title from the text.
 */
export function SourceFields({
  errors,
  values,
  onFirstLine,
}: {
  errors: Record<string, string[]>;
  values: Record<string, string>;
  onFirstLine?(line: string): void;
}) {
  const t = useTranslations("articles.source");
  const [source, setSource] = useState<Source>((values.source as Source) || "text");
  const offer = (text: string) => {
    const line = text
      .split("\n")
      .find((l) => l.trim())
      ?.trim();
    if (line) onFirstLine?.(line.replace(/^#+\s*/, "").slice(0, 300));
  };
  return (
    <>
      <fieldset className="field" style={{ border: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.4rem" }}>{t("legend")}</legend>
        <div className="form-row" role="radiogroup">
          {SOURCES.map(([value, label]) => (
            <label key={value} style={{ display: "flex", gap: "0.3rem", alignItems: "center", fontWeight: 400 }}>
              <input
                type="radio"
                name="source"
                value={value}
                checked={source === value}
                onChange={() => setSource(value)}
              />
              {t(label)}
            </label>
          ))}
        </div>
        {errors.source?.map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </fieldset>
      {source === "text" && (
        <Field id="text" label={t("textLabel")} hint={t("textHint")} errors={errors.text}>
          <textarea
            required
            rows={12}
            defaultValue={values.text}
            onBlur={(e) => offer(e.target.value)}
            {...fieldAria("text", errors.text, true)}
          />
        </Field>
      )}
      {source === "file" && (
        <Field id="file" label={t("fileLabel")} hint={t("fileHint", { megabytes: MEGABYTES })} errors={errors.file}>
          <input
            type="file"
            required
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              // stopped here rather than sent: the server would refuse it anyway (413)
              const tooLarge = file !== undefined && file.size > MAX_IMPORT_BYTES;
              e.target.setCustomValidity(tooLarge ? t("fileTooLarge", { megabytes: MEGABYTES }) : "");
              if (tooLarge) e.target.reportValidity();
              else if (file && /\.(txt|md|markdown)$/i.test(file.name)) offer(await file.text());
            }}
            {...fieldAria("file", errors.file, true)}
          />
        </Field>
      )}
      {source === "url" && (
        <Field id="url" label={t("urlLabel")} hint={t("urlHint")} errors={errors.url}>
          <input
            type="url"
            required
            placeholder={URL_PLACEHOLDER}
            defaultValue={values.url}
            {...fieldAria("url", errors.url, true)}
          />
        </Field>
      )}
    </>
  );
}

import { getTranslations } from "next-intl/server";
import { InvalidInputError } from "@/lib/errors";
import type { ArticleSource } from "@/lib/text-import/import-source";

/** Reads the chosen source (paste, upload or URL) from an import form. */
export async function sourceFromForm(form: FormData): Promise<ArticleSource> {
  const kind = form.get("source");
  if (kind === "text") return { kind: "text", text: String(form.get("text") ?? "") };
  if (kind === "url") return { kind: "url", url: String(form.get("url") ?? "").trim() };
  const t = await getTranslations("articles.source.errors");
  if (kind === "file") {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      throw new InvalidInputError(t("noFile"), { file: [t("noFileField")] });
    return { kind: "file", name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  throw new InvalidInputError(t("noSource"), { source: [t("noSourceField")] });
}

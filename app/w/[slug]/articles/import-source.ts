import { InvalidInputError } from "@/lib/errors";
import type { ArticleSource } from "@/lib/articles/import/import-source";

/** Reads the chosen source (paste, upload or URL) from an import form. */
export async function sourceFromForm(form: FormData): Promise<ArticleSource> {
  const kind = form.get("source");
  if (kind === "text") return { kind: "text", text: String(form.get("text") ?? "") };
  if (kind === "url") return { kind: "url", url: String(form.get("url") ?? "").trim() };
  if (kind === "file") {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new InvalidInputError("Choose a file to upload.", { file: ["Choose a .txt, .md or .html file."] });
    return { kind: "file", name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  throw new InvalidInputError("Choose where the article comes from.", { source: ["Choose paste, upload or URL."] });
}

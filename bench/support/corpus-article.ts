import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The corpus texts (read from ../shared/corpus, never copied), repeated with numbered headings until the article reaches `size` characters. */
export function corpusArticle(size: number): string {
  const dir = path.join(process.cwd(), "..", "shared", "corpus");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), "utf8"));
  if (texts.length === 0) throw new Error(`No corpus texts in ${dir}`);
  let article = "";
  for (let i = 0; article.length < size; i++) article += `Part ${i + 1}\n\n${texts[i % texts.length]!.trim()}\n\n`;
  return article;
}

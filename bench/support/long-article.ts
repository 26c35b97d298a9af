import { testArticles } from "@/test/articles/test-articles";

/**
 * A long article for benchmarks: the project's test articles (test/articles),
 * repeated with numbered headings until the text reaches `size` characters.
 * Works in a plain clone (the real-news corpus is not needed).
 */
export function longArticle(size: number): string {
  const texts = testArticles().map((a) => a.text.trim());
  let article = "";
  for (let i = 0; article.length < size; i++) article += `Part ${i + 1}\n\n${texts[i % texts.length]!}\n\n`;
  return article;
}

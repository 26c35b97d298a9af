import { corpusArticles } from "@/lib/articles/import/news-page-fixture";
import { extractFromMarkdown } from "@/lib/articles/import/extract-from-markdown";
const prose = corpusArticles().map((a) => a.paragraphs.join("\n\n")).join("\n\n");
let t0 = performance.now(); extractFromMarkdown((prose + "\n\n").repeat(Math.floor(1e6 / prose.length))); console.log("prose 1MB", Math.round(performance.now() - t0));
for (const [label, src] of [["brackets", "[".repeat(1e6)], ["emph", "*a* ".repeat(2.5e5)], ["quotes", "> ".repeat(100) + "x\n".repeat(100000)], ["stars", "*".repeat(5e5) + "a" + "*".repeat(5e5)]] as const) {
  t0 = performance.now(); const r = extractFromMarkdown(src); console.log(label, Math.round(performance.now() - t0), r.text.length);
}

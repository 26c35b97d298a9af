import { extractFromHtml } from "@/lib/articles/import/extract-from-html";
import { measureHtmlComplexity } from "@/lib/articles/import/check-html-complexity";
function time(label: string, f: () => unknown) { const t0 = performance.now(); let r: unknown; try { r = f(); } catch (e) { r = (e as Error).message; } console.log(label, Math.round(performance.now() - t0), "ms", String(r).slice(0, 70)); }
const para = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. ".repeat(10) + "</p>\n";
time("extract wide5MB", () => extractFromHtml("<article>" + para.repeat(Math.floor(5e6 / para.length)) + "</article>").text.length);
time("extract 49k flat", () => extractFromHtml("<i></i>".repeat(49_000)).text.length);
const deepN = (d: number) => { let n = 1; while (true) { const m = measureHtmlComplexity("<div>".repeat(d) + "<span>x</span>".repeat(n * 2)); if (m.work > 4_900_000) return n; n *= 2; } };
for (const d of [20, 100, 300, 500]) { const n = deepN(d); time(`extract deep${d}+${n}`, () => extractFromHtml("<div>".repeat(d) + "<span>x</span>".repeat(n)).text.length); }

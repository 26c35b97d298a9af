import { JSDOM, VirtualConsole } from "jsdom";
import { extractFromHtml } from "@/lib/articles/import/extract-from-html";
function time(label: string, f: () => unknown) { const t0 = performance.now(); let r: unknown; try { r = f(); } catch (e) { r = (e as Error).message; } console.log(label, Math.round(performance.now() - t0), "ms", String(r).slice(0, 60)); }
time("jsdom 50k flat", () => new JSDOM("<i></i>".repeat(50_000), { virtualConsole: new VirtualConsole() }).window.document.body.children.length);
time("extract 50k flat", () => extractFromHtml("<i></i>".repeat(50_000)).text.length);
time("jsdom deep500+20k", () => new JSDOM("<div>".repeat(500) + "<span>x</span>".repeat(20_000), { virtualConsole: new VirtualConsole() }).window.document.body.children.length);
time("extract deep500+20k", () => extractFromHtml("<div>".repeat(500) + "<span>x</span>".repeat(20_000)).text.length);
time("extract deep100+20k", () => extractFromHtml("<div>".repeat(100) + "<span>x</span>".repeat(20_000)).text.length);

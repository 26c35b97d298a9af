import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/text-import/import-source";
import { detectUpload } from "@/lib/text-import/detect-upload";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { FUZZ_RUNS, hostileText, MARKDOWN_PAYLOADS, tagSoup } from "./arbitraries";

type ParentNode = DefaultTreeAdapterMap["parentNode"];
const HIDDEN = new Set(["script", "style", "template", "title"]);

/** Where a browser's parser (parse5) puts the sentinel: as visible text, or only inside script/style/template/title. */
function sentinelOnlyHidden(html: string, sentinel: string): boolean {
  let hidden = false;
  let visible = false;
  const visit = (node: ParentNode, insideHidden: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeName === "#text" && "value" in child && child.value.includes(sentinel)) {
        if (insideHidden) hidden = true;
        else visible = true;
      }
      if ("childNodes" in child) visit(child, insideHidden || ("tagName" in child && HIDDEN.has(child.tagName)));
      if ("content" in child) visit(child.content, true); // <template> keeps its children in a fragment
    }
  };
  visit(parse(html), false);
  return hidden && !visible;
}

/** The import contract: canonical text, or a clear refusal (400/413) - never any other error (a 500). */
async function extractsOrRefuses(source: Parameters<typeof extractArticle>[0]): Promise<string | null> {
  try {
    const { text } = await extractArticle(source);
    expect(text).toBe(canonicalText(text));
    expect(text.trim()).not.toBe("");
    return text;
  } catch (error) {
    if (!(error instanceof InvalidInputError || error instanceof PayloadTooLargeError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return null;
  }
}

const SLOW = 300_000; // 10,000 cases on a busy 2-core machine

const encode = (text: string) => new TextEncoder().encode(text);

describe(`article import, ${FUZZ_RUNS} generated cases per format`, () => {
  it(
    "pasted text: any string gives canonical text or a clear refusal",
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText(400), (text) => extractsOrRefuses({ kind: "text", text }).then(() => undefined)),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );

  it(
    "HTML uploads: tag soup gives text without script or style content, or a clear refusal",
    async () => {
      const SENTINEL = "zqxSCRIPTBODYzqx";
      const page = fc
        .tuple(tagSoup(), fc.constantFrom("script", "style", "template"), tagSoup())
        .map(([before, hidden, after]) => `${before}<${hidden}>${SENTINEL}</${hidden}>${after}`);
      await fc.assert(
        fc.asyncProperty(page, async (html) => {
          const text = await extractsOrRefuses({
            kind: "file",
            name: "page.html",
            type: "text/html",
            bytes: encode(html),
          });
          // (tag soup may swallow the hidden element's tag: then the sentinel is text, rightly kept)
          if (text !== null && sentinelOnlyHidden(html, SENTINEL)) expect(text).not.toContain(SENTINEL);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );

  it(
    "Markdown uploads: any mix of Markdown and text gives canonical text or a clear refusal",
    async () => {
      const markdown = fc
        .array(
          fc.oneof(
            hostileText(60),
            fc.constantFrom(
              ...MARKDOWN_PAYLOADS,
              "# ",
              "\n\n",
              "> ",
              "- ",
              "| a | b |\n|---|---|\n",
              "    code",
              "***",
            ),
          ),
          { maxLength: 30 },
        )
        .map((parts) => parts.join(""));
      await fc.assert(
        fc.asyncProperty(markdown, (md) =>
          extractsOrRefuses({ kind: "file", name: "notes.md", type: "text/markdown", bytes: encode(md) }).then(
            () => undefined,
          ),
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );

  it(
    "uploaded bytes: any file name, declared type and content is detected or refused clearly",
    () => {
      const upload = fc.record({
        name: fc.oneof(
          fc.constantFrom(
            "a.txt",
            "a.md",
            "a.HTML",
            "a.htm",
            "a.pdf",
            "a",
            ".txt",
            "a.txt.exe",
            "../../etc/passwd",
            "a.markdown",
          ),
          fc.string({ maxLength: 20 }),
        ),
        type: fc.oneof(
          fc.constantFrom(
            "",
            "text/plain",
            "text/html",
            "text/markdown",
            "application/octet-stream",
            "image/png",
            "application/pdf",
          ),
          fc.string({ maxLength: 15 }),
        ),
        bytes: fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          hostileText(200).map(encode),
          fc.constant(new Uint8Array([0xfe, 0xff, 0x00, 0x41])),
          fc.constant(new Uint8Array([0xff, 0xfe, 0x41, 0x00])),
        ),
      });
      fc.assert(
        fc.property(upload, (file) => {
          try {
            const { format, text } = detectUpload(file);
            expect(["text", "markdown", "html"]).toContain(format);
            expect(text.length).toBeGreaterThan(0);
          } catch (error) {
            if (!(error instanceof InvalidInputError || error instanceof PayloadTooLargeError)) throw error;
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );
});

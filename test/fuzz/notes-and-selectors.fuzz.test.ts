import fc from "fast-check";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { renderNote } from "@/lib/annotations/render-note";
import { validateSpan } from "@/lib/anchoring/validate-span";
import { CreateAnnotationInputSchema } from "@/lib/annotations/schemas";
import { splitsSurrogatePair } from "@/lib/anchoring/offsets";
import { FUZZ_RUNS, hostileText, MARKDOWN_PAYLOADS, SCRIPT_PAYLOADS } from "./arbitraries";

// "" is a link to the note itself (Markdown "[]()"): harmless
const SAFE_HREF = /^(https?:|mailto:|#|\/(?!\/)|$)/i;
const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "img",
  "svg",
  "math",
  "style",
  "link",
  "meta",
  "form",
  "input",
  "button",
  "base",
  "frame",
  "frameset",
]);

type Element = DefaultTreeAdapterMap["element"];
/** Every element of the rendered note, as a browser's HTML parser (parse5) sees it. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: DefaultTreeAdapterMap["parentNode"]) => {
    for (const child of node.childNodes) {
      if ("tagName" in child) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(parseFragment(html));
  return found;
}
const SLOW = 300_000;

describe(`Markdown notes, ${FUZZ_RUNS} generated notes`, () => {
  it(
    "never render scripts, frames, images, event handlers, or links other than http(s), mailto and same-site",
    () => {
      const note = fc
        .array(
          fc.oneof(
            hostileText(40),
            fc.constantFrom(...MARKDOWN_PAYLOADS),
            fc.constantFrom(...SCRIPT_PAYLOADS),
            fc.constantFrom("\n\n", "[", "](", ")", "<", ">", "`", "*"),
          ),
          { maxLength: 25 },
        )
        .map((parts) => parts.join(""));
      fc.assert(
        fc.property(note, (markdown) => {
          const html = renderNote(markdown);
          for (const element of elementsOf(html)) {
            expect(FORBIDDEN_ELEMENTS.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(false);
            const attributes = new Map(element.attrs.map((a) => [a.name, a.value]));
            for (const name of attributes.keys()) {
              expect(name.startsWith("on"), `${name} in ${html}`).toBe(false);
              expect(["src", "srcdoc", "style", "formaction", "action"]).not.toContain(name);
            }
            if (element.tagName === "a") {
              expect(attributes.get("href") ?? "", html).toMatch(SAFE_HREF);
              expect(attributes.get("rel")).toContain("noopener");
              expect(attributes.get("rel")).toContain("nofollow");
            }
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );
});

describe(`annotation selectors, ${FUZZ_RUNS} generated spans`, () => {
  const offset = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -5, max: 80 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        Number.MAX_SAFE_INTEGER,
        Number.MAX_SAFE_INTEGER + 2,
        -0,
        0.5,
        NaN,
        Infinity,
        -Infinity,
        1e21,
      ),
    },
    { weight: 1, arbitrary: fc.anything() },
  );

  it(
    "validateSpan accepts exactly the spans inside the text that split no character, and explains every refusal",
    () => {
      fc.assert(
        fc.property(hostileText(60), offset, offset, (text, start, end) => {
          const problems = validateSpan(text, start, end);
          const valid =
            typeof start === "number" &&
            typeof end === "number" &&
            Number.isSafeInteger(start) &&
            Number.isSafeInteger(end) &&
            start >= 0 &&
            start < end &&
            end <= text.length &&
            end - start <= 10_000 &&
            !splitsSurrogatePair(text, start) &&
            !splitsSurrogatePair(text, end);
          expect(
            problems.length === 0,
            `${fc.stringify(text)} [${fc.stringify(start)}, ${fc.stringify(end)}): ${problems.join(" ")}`,
          ).toBe(valid);
          for (const problem of problems) expect(problem).toMatch(/\.$/);
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );

  it(
    "the create-annotation schema turns any JSON into a typed input or field messages, never a crash",
    () => {
      const input = fc.oneof(
        fc.anything(),
        fc.record(
          {
            articleId: fc.anything(),
            versionId: fc.anything(),
            start: offset,
            end: offset,
            exact: fc.oneof(hostileText(30), fc.anything()),
            kind: fc.oneof(fc.constantFrom("NOTE", "CLAIM"), fc.anything()),
            body: fc.oneof(hostileText(100), fc.anything()),
            tags: fc.oneof(fc.string(), fc.array(hostileText(20)), fc.anything()),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(input, (value) => {
          const result = CreateAnnotationInputSchema.safeParse(value);
          if (!result.success) {
            expect(result.error.issues.length).toBeGreaterThan(0);
            for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );
});

import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { MESSAGES, NAMESPACES } from "./catalogue";
import { LOCALES, type Locale } from "./locales";

type Tree = { [key: string]: string | Tree };

/** "ns.a.b" → message, for every leaf. */
function flatten(tree: Tree, prefix: string, out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === "string") out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}

/** The arguments a message takes, with their kinds ("count:plural", "name:argument", "link:tag"). */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) out.add(`${element.value}:argument`);
    if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
      out.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.add(`${element.value}:${element.type === TYPE.select ? "select" : "plural"}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, out);
    }
    if (element.type === TYPE.tag) {
      out.add(`${element.value}:tag`);
      argumentsOf(element.children, out);
    }
  }
  return out;
}

const catalogues = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    new Map(NAMESPACES.flatMap((ns) => [...flatten(MESSAGES[locale][ns] as Tree, ns)])),
  ]),
) as Record<Locale, Map<string, string>>;

describe("the message catalogue", () => {
  it.each(LOCALES.filter((locale) => locale !== "en"))("%s has exactly English's keys", (locale) => {
    const english = [...catalogues.en.keys()];
    const other = [...catalogues[locale].keys()];
    expect({
      missing: english.filter((key) => !catalogues[locale].has(key)),
      extra: other.filter((key) => !catalogues.en.has(key)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s messages take the same arguments as English", (locale) => {
    const differing = [...catalogues.en].flatMap(([key, english]) => {
      const translated = catalogues[locale].get(key);
      if (translated === undefined) return [];
      const want = [...argumentsOf(parse(english))].sort();
      const got = [...argumentsOf(parse(translated))].sort();
      return want.join() === got.join() ? [] : [{ key, want, got }];
    });
    expect(differing).toEqual([]);
  });

  it.each(LOCALES)("every %s message is non-empty, parses and formats", (locale) => {
    const broken = [...catalogues[locale]].flatMap(([key, message]) => {
      if (!message.trim()) return [{ key, problem: "empty" }];
      try {
        const values = Object.fromEntries(
          [...argumentsOf(parse(message))].map((arg) => {
            const [name, kind] = arg.split(":");
            return [
              name,
              kind === "tag"
                ? (chunks: string[]) => chunks.join("")
                : kind === "plural" || kind === "number"
                  ? 3
                  : kind === "date" || kind === "time"
                    ? new Date(0)
                    : "x",
            ];
          }),
        );
        new IntlMessageFormat(message, locale).format(values);
        return [];
      } catch (error) {
        return [{ key, problem: String(error) }];
      }
    });
    expect(broken).toEqual([]);
  });

  it("Ukrainian plurals name the forms Ukrainian grammar needs", () => {
    // one (1, 21), few (2–4, 22–24), many (5–20, 25…), other (fractions): a plural with only "one" and "other" reads wrong for 5
    const incomplete = [...catalogues.uk]
      .filter(([, message]) => /plural,/.test(message) && !(/\bfew\s*\{/.test(message) && /\bmany\s*\{/.test(message)))
      .map(([key]) => key);
    expect(incomplete).toEqual([]);
  });
});

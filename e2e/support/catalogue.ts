import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Tree = { [key: string]: string | Tree };
const MESSAGES_DIR = path.join(process.cwd(), "lib", "i18n", "messages");

/** One language's messages by "namespace.key", read from the JSON files (Playwright's loader does not import JSON modules). */
export function readCatalogue(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      if (typeof value === "string") out.set(`${prefix}.${key}`, value);
      else walk(value, `${prefix}.${key}`);
    }
  };
  for (const file of readdirSync(path.join(MESSAGES_DIR, locale)).filter((name) => name.endsWith(".json"))) {
    walk(JSON.parse(readFileSync(path.join(MESSAGES_DIR, locale, file), "utf8")) as Tree, path.basename(file, ".json"));
  }
  return out;
}

/**
 * English interface phrases that must not show on a page in another language: whole messages of
 * three words or more, without arguments or markup, that the other language words differently.
 * (Short ones like "Open" also occur in articles; messages with arguments cannot be matched whole.)
 */
export function englishPhrasesAbsentIn(locale: string): string[] {
  const english = readCatalogue("en");
  const other = readCatalogue(locale);
  return [...english]
    .filter(([key, text]) => !/[{}<]/.test(text) && text.trim().split(/\s+/).length >= 3 && other.get(key) !== text)
    .map(([, text]) => text.trim());
}

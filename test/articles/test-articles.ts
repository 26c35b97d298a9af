/**
 * Test support only (uses node:fs): the project's own test articles in this
 * folder (see README.md here), written for the tests — never real news text.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DIR = path.dirname(fileURLToPath(import.meta.url));

export const TEST_ARTICLE_NAMES = [
  "depot-blast-northwire",
  "depot-blast-courier",
  "depot-blast-radio",
  "depot-blast-update",
  "valley-storm",
  "council-vote-bilingual",
  "unicode-edge-cases",
] as const;
export type TestArticleName = (typeof TEST_ARTICLE_NAMES)[number];

/** The path of one test article's .txt file (for upload tests). */
export function testArticlePath(name: TestArticleName): string {
  return path.join(DIR, `${name}.txt`);
}

export function readTestArticle(name: TestArticleName): string {
  return readFileSync(testArticlePath(name), "utf8");
}

/** Every test article, in a fixed order. */
export function testArticles(): { name: TestArticleName; text: string }[] {
  const present = new Set(readdirSync(DIR));
  return TEST_ARTICLE_NAMES.filter((name) => present.has(`${name}.txt`)).map((name) => ({
    name,
    text: readTestArticle(name),
  }));
}

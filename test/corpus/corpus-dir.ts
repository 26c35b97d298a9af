/**
 * The optional real-news corpus: FACTDESK_CORPUS_DIR, default ../shared/corpus
 * beside the repository (the project's own machines and CI have it; a plain
 * clone does not). Only the corpus suite (`*.corpus.test.ts`, run by
 * scripts/test.sh when the folder exists) and the benchmarks read it; the
 * texts are never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export function corpusDir(): string {
  return path.resolve(process.env.FACTDESK_CORPUS_DIR ?? path.join(process.cwd(), "..", "shared", "corpus"));
}

export function corpusPresent(): boolean {
  const dir = corpusDir();
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".txt"));
}

/** The corpus's .txt files in name order; throws with the folder named when there are none. */
export function loadCorpus(): { file: string; text: string }[] {
  const dir = corpusDir();
  if (!corpusPresent()) throw new Error(`No corpus texts in ${dir} (set FACTDESK_CORPUS_DIR)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), "utf8") }));
}

export function readCorpusFile(file: string): string {
  return readFileSync(path.join(corpusDir(), file), "utf8");
}

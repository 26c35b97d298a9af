/**
 * The measured figures of the load stage, one section per scenario, in
 * test-results/load-figures.json (the global setup clears it at the start of
 * the stage and prints it at the end).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const FIGURES_FILE = path.join("test-results", "load-figures.json");

export function recordFigures(section: string, figures: object): void {
  const all = existsSync(FIGURES_FILE)
    ? (JSON.parse(readFileSync(FIGURES_FILE, "utf8")) as Record<string, unknown>)
    : {};
  all[section] = figures;
  mkdirSync(path.dirname(FIGURES_FILE), { recursive: true });
  writeFileSync(FIGURES_FILE, `${JSON.stringify(all, null, 2)}\n`);
}

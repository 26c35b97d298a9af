/**
 * `npm run bench`: runs every benchmark of the project and prints one JSON
 * document with each figure and its ratio to a baseline measured in the same
 * run. Benchmarks never fail the build; they report.
 */
import { benchAnchoring } from "./anchoring";
import { benchCreate } from "./create";
import { benchRender } from "./render";
import { benchExport } from "./export";
import { benchSearch } from "./search";
import type { BenchFigure } from "./figure";

const BENCHES: Record<string, () => Promise<BenchFigure[]>> = {
  anchoring: benchAnchoring,
  create: benchCreate,
  render: benchRender,
  export: benchExport,
  search: benchSearch,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: Record<string, BenchFigure[] | { error: string }> = {};
  for (const [name, run] of Object.entries(BENCHES)) {
    if (only.length && !only.includes(name)) continue;
    console.error(`bench: ${name}…`);
    try {
      results[name] = await run();
    } catch (error) {
      results[name] = { error: String((error as Error)?.stack ?? error) };
    }
  }
  console.log(JSON.stringify({ machine: { node: process.version, cpus: (await import("node:os")).cpus().length }, results }, null, 2));
}

void main();

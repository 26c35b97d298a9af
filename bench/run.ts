/**
 * `npm run bench`: runs every benchmark of the project and prints one JSON
 * document with each figure and its ratio to a baseline measured in the same
 * run. Benchmarks never fail the build; they report.
 *
 * Each benchmark runs in a process of its own (`tsx bench/<name>.ts`, which
 * prints its figures as JSON): the app's environment and database client are
 * set once per process (lib/env.ts caches them) and each benchmark points them
 * at its own database; heap figures need a process of their own too.
 */
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import path from "node:path";
import type { BenchFigure } from "./figure";

/** In this order; `npm run bench -- <name> …` runs only those. */
const BENCHES = [
  "anchoring",
  "create",
  "render",
  "export",
  "search",
  "integrity",
  "operations",
  "jobs",
  "public-page",
  "scale",
] as const;

async function runInOwnProcess(name: string): Promise<BenchFigure[]> {
  const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), [path.join("bench", `${name}.ts`)], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("close", resolve));
  if (code !== 0) throw new Error(`bench/${name}.ts exited with ${code}`);
  return JSON.parse(output) as BenchFigure[];
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: Record<string, BenchFigure[] | { error: string }> = {};
  for (const name of BENCHES) {
    if (only.length && !only.includes(name)) continue;
    console.error(`bench: ${name}…`);
    try {
      results[name] = await runInOwnProcess(name);
    } catch (error) {
      results[name] = { error: String((error as Error)?.stack ?? error) };
    }
  }
  console.log(JSON.stringify({ machine: { node: process.version, cpus: cpus().length }, results }, null, 2));
}

void main();

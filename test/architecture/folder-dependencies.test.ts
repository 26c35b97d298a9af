import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Folders of lib/ depend one way: when lib/a imports lib/b, lib/b does not import lib/a (test files aside).
 * A two-way pair means neither folder can be read, moved or tested without the other; the fix is to move the
 * shared piece to the folder both use, or the piece that reaches back to the folder it belongs with.
 */

/**
 * Two-way pairs still standing, to shrink: none since issue 18 removed the last six. Adding one needs a reason
 * written here; a fixed pair must leave the list.
 */
const ALLOWED_TWO_WAY_PAIRS: string[] = [];

const root = fileURLToPath(new URL("../..", import.meta.url));
const lib = join(root, "lib");

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g;

/** lib/articles/get-article.ts → "articles"; lib/env.ts → "env" */
function folderOf(pathInLib: string): string {
  return pathInLib.split("/")[0]!.replace(/\.tsx?$/, "");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** the lib/ folder an import specifier points into, or null outside lib/ */
function importedFolder(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) target = resolve(dirname(file), specifier);
  else return null;
  const inLib = relative(lib, target);
  return inLib.startsWith("..") || inLib === "" ? null : folderOf(inLib);
}

/** "a -> b" for every lib folder a with a non-test file importing from lib folder b */
function folderDependencies(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles(lib)) {
    const from = folderOf(relative(lib, file));
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const to = importedFolder(file, specifier!);
      if (to === null || to === from) continue;
      const key = `${from} -> ${to}`;
      const files = edges.get(key) ?? [];
      if (!files.includes(relative(root, file))) files.push(relative(root, file));
      edges.set(key, files);
    }
  }
  return edges;
}

function twoWayPairs(edges: Map<string, string[]>): string[] {
  const pairs = new Set<string>();
  for (const key of edges.keys()) {
    const [a, b] = key.split(" -> ") as [string, string];
    if (edges.has(`${b} -> ${a}`)) pairs.add([a, b].sort().join(" <-> "));
  }
  return [...pairs].sort();
}

describe("folder dependencies of lib/", () => {
  const edges = folderDependencies();
  const pairs = twoWayPairs(edges);

  it("finds the imports it checks (a sanity check of the scan)", () => {
    expect(edges.get("reports -> exports")?.length).toBeGreaterThan(0);
  });

  it("has no new two-way pair of folders", () => {
    const added = pairs
      .filter((pair) => !ALLOWED_TWO_WAY_PAIRS.includes(pair))
      .map((pair) => {
        const [a, b] = pair.split(" <-> ");
        return `${pair}: ${a} -> ${b} in ${edges.get(`${a} -> ${b}`)!.join(", ")}; ${b} -> ${a} in ${edges.get(`${b} -> ${a}`)!.join(", ")}`;
      });
    expect(added).toEqual([]);
  });

  it("lists only pairs that still stand (remove a fixed pair from ALLOWED_TWO_WAY_PAIRS)", () => {
    expect(ALLOWED_TWO_WAY_PAIRS.filter((pair) => !pairs.includes(pair))).toEqual([]);
  });
});

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * A fingerprint of what a production build is made from: the code, the
 * schema, the dependencies. next.config.js makes it the build id (Next writes
 * it to .next/BUILD_ID), so every build records it — `npm start`'s, CI's, the
 * Dockerfile's, a plain `next build` — and `npm start` rebuilds when the folder
 * no longer matches (after `git pull`, or an edit).
 *
 * In a git checkout: the committed content of the inputs (blob ids of HEAD)
 * with the changed and untracked ones replaced by a hash of their current
 * content, so a file edited twice, or edited and reverted, counts right.
 * Elsewhere (a tarball, a Docker build without .git): a hash of every input
 * file's content.
 */

/** Folders and files that never reach the server or the browser: changing them needs no rebuild. */
const NOT_INPUT_FOLDERS = [".ci/", ".github/", ".vscode/", "bench/", "docs/", "e2e/", "scripts/", "test/"];
const NOT_INPUT_FILES = new Set([
  ".dockerignore",
  ".env.example",
  ".gitignore",
  "Dockerfile",
  "LICENSE",
  "README.md",
  "docker-compose.yml",
  "eslint.config.mjs",
  "playwright.config.ts",
  "vitest.config.ts",
]);
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/; // unit, integration (.int.test.ts) and e2e files

/** What the walk (no git) never enters or reads: installed, generated or local files git ignores too. */
const SKIPPED_FOLDERS = new Set([
  ".git",
  ".next",
  ".factdesk",
  "node_modules",
  "test-results",
  "playwright-report",
  "e2e-artifacts",
  "reports",
  "lib/generated",
]);
const SKIPPED_FILES = /^(\.env|next-env\.d\.ts)$|\.tsbuildinfo$/;

/** A path relative to the project root (forward slashes) and an id of its content. */
export type InputEntry = readonly [file: string, contentId: string];

export function isBuildInput(file: string): boolean {
  return (
    !NOT_INPUT_FILES.has(file) && !NOT_INPUT_FOLDERS.some((folder) => file.startsWith(folder)) && !TEST_FILE.test(file)
  );
}

/**
 * The fingerprint of a set of inputs, independent of their order. Digits only:
 * it becomes the build id in asset URLs, where Next avoids ids containing "ad"
 * (ad blockers drop such URLs).
 */
export function fingerprintOf(entries: Iterable<InputEntry>): string {
  const lines = [...entries]
    .filter(([file]) => isBuildInput(file))
    .map(([file, id]) => `${file}\0${id}`)
    .sort();
  const digest = createHash("sha256").update(lines.join("\n")).digest("hex");
  return BigInt(`0x${digest.slice(0, 32)}`).toString(10);
}

/** The blobs of `git ls-tree -r -z HEAD`: `<mode> <type> <id>\t<path>\0`. */
export function parseLsTree(output: string): InputEntry[] {
  return output
    .split("\0")
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf("\t");
      const id = record.slice(0, tab).split(" ")[2] ?? "";
      return [record.slice(tab + 1), `git:${id}`] as const;
    });
}

/** The paths of `git status --porcelain=v1 -z --untracked-files=all --no-renames`: `XY <path>\0`. */
export function parseStatusPaths(output: string): string[] {
  return output
    .split("\0")
    .filter((record) => record.length > 3)
    .map((record) => record.slice(3));
}

/** The committed entries with every changed path replaced by its content now (`null`: deleted). */
export function withWorkingTreeChanges(
  committed: InputEntry[],
  changed: ReadonlyMap<string, string | null>,
): InputEntry[] {
  const entries = new Map(committed);
  for (const [file, id] of changed) {
    if (id === null) entries.delete(file);
    else entries.set(file, id);
  }
  return [...entries];
}

/** What a build made now from `root` would be fingerprinted as. */
export function currentBuildFingerprint(root: string): string {
  return fingerprintOf(gitEntries(root) ?? walkedEntries(root));
}

function contentId(file: string): string | null {
  try {
    return `sha256:${createHash("sha256").update(readFileSync(file)).digest("hex")}`;
  } catch {
    return null; // deleted (or unreadable: the build will say so)
  }
}

/** The inputs from git, or undefined when `root` is not the top of a git checkout (or git is missing). */
function gitEntries(root: string): InputEntry[] | undefined {
  // --no-optional-locks: a read-only look, never a refreshed index competing with the user's own git commands
  const git = (...args: string[]) =>
    execFileSync("git", ["--no-optional-locks", "-C", root, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  try {
    if (path.resolve(git("rev-parse", "--show-toplevel").trim()) !== path.resolve(root)) return undefined;
    const committed = parseLsTree(git("ls-tree", "-r", "-z", "HEAD"));
    const changed = parseStatusPaths(git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"))
      .filter(isBuildInput)
      .map((file) => [file, contentId(path.join(root, file))] as const);
    return withWorkingTreeChanges(committed, new Map(changed));
  } catch {
    return undefined;
  }
}

function walkedEntries(root: string, folder = ""): InputEntry[] {
  const entries: InputEntry[] = [];
  for (const item of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const file = folder ? `${folder}/${item.name}` : item.name;
    if (item.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(file) && isBuildInput(`${file}/`)) entries.push(...walkedEntries(root, file));
    } else if (item.isFile() && !SKIPPED_FILES.test(item.name) && isBuildInput(file)) {
      const id = contentId(path.join(root, file));
      if (id) entries.push([file, id]);
    }
  }
  return entries;
}

/** What `npm start` does with the build in .next, given the id it was built with (undefined: none). */
export function buildNeeded(builtWith: string | undefined, current: string): "first build" | "rebuild" | "up to date" {
  if (builtWith === undefined) return "first build";
  return builtWith.trim() === current ? "up to date" : "rebuild";
}

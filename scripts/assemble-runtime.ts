// The production server's files, and only those: what the Dockerfile's runtime stage copies
// and test/load/standalone.load.test.ts runs. From a build made with NEXT_OUTPUT=standalone:
//   npx tsx scripts/assemble-runtime.ts <folder>    then, in <folder>: node server.js
import {
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import path from "node:path";

/** [from, in the runtime folder], relative to the project and that folder. */
export const RUNTIME_FILES: ReadonlyArray<readonly [from: string, to: string]> = [
  // server.js, the server build and the node_modules that Next's tracing found the server uses
  [".next/standalone", "."],
  // the browser's assets: standalone leaves them out, for a CDN to serve if one is there
  [".next/static", ".next/static"],
  ["public", "public"],
  // Tracing finds these today because they are read from literal paths; copied anyway, since a
  // missing one fails only at run time: the readiness check compares the migration folders with
  // the database (lib/ops/readiness.ts), PDF export embeds DejaVu Sans (lib/exports/pdf.ts).
  ["prisma/migrations", "prisma/migrations"],
  ["node_modules/dejavu-fonts-ttf/ttf", "node_modules/dejavu-fonts-ttf/ttf"],
];

/** Entries of RUNTIME_FILES a build may lack: the project has no public/ folder yet. */
const OPTIONAL = new Set(["public"]);

/** `link`: hard links instead of copies (same file system only), for a test that needs the files, not new copies of them. */
export function assembleRuntime(root: string, target: string, options: { link?: boolean } = {}): void {
  if (!existsSync(path.join(root, ".next", "standalone", "server.js"))) {
    throw new Error("No standalone build in .next: build with `NEXT_OUTPUT=standalone npx next build` first");
  }
  rmSync(target, { recursive: true, force: true });
  for (const [from, to] of RUNTIME_FILES) {
    const source = path.join(root, from);
    if (!existsSync(source)) {
      if (OPTIONAL.has(from)) continue;
      throw new Error(`${from} is missing: is the build complete?`);
    }
    // verbatim: the build links its external packages (.next/node_modules/pg-… -> ../../node_modules/pg) relatively
    if (options.link) linkTree(source, path.join(target, to));
    else cpSync(source, path.join(target, to), { recursive: true, verbatimSymlinks: true });
  }
}

/** cp -al: folders made, files hard-linked (replacing what an earlier entry put there), symlinks kept as they are. */
function linkTree(source: string, target: string): void {
  const stat = lstatSync(source);
  if (stat.isDirectory()) {
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(source)) linkTree(path.join(source, name), path.join(target, name));
    return;
  }
  rmSync(target, { force: true });
  if (stat.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
  else linkSync(source, target);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2];
  if (!target) {
    console.error("usage: tsx scripts/assemble-runtime.ts <folder>");
    process.exit(2);
  }
  assembleRuntime(path.resolve(import.meta.dirname, ".."), path.resolve(target));
  console.log(`Runtime files in ${path.resolve(target)}: start with \`node server.js\``);
}

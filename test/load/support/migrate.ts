import { execFile } from "node:child_process";
import path from "node:path";

/** `prisma migrate deploy` on the given database, from the repository root (the cwd of the load stage); its output is shown only if it fails. */
export function migrateDatabase(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      path.join(process.cwd(), "node_modules", ".bin", "prisma"),
      ["migrate", "deploy"],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, MIGRATE_DATABASE_URL: databaseUrl },
        timeout: 120_000,
        maxBuffer: 4 * 1024 * 1024,
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`prisma migrate deploy failed: ${error.message}\n${stdout}${stderr}`)) : resolve(),
    );
  });
}

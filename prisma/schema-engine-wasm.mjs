#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that cannot
// download it. It speaks the same stdio JSON-RPC protocol as the binary, but runs
// Prisma's own WebAssembly schema engine (@prisma/schema-engine-wasm) on top of the
// @prisma/adapter-pg driver adapter. The Prisma CLI picks it up through the
// documented PRISMA_SCHEMA_ENGINE_BINARY variable (see prisma.config.ts).
import { appendFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const opts = { datamodels: [], datasource: null, cli: null };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--version" || a === "-V") opts.version = true;
  else if (a === "--datamodels") opts.datamodels.push(argv[++i]);
  else if (a === "--datasource") opts.datasource = JSON.parse(argv[++i]);
  else if (a === "--enabled-preview-features" || a === "--extension-types") i++; // not used by the Wasm engine
  else if (a === "cli") opts.cli = argv.slice(i + 1);
  if (opts.cli) break;
}

// ------------------------------------------------------------ wasm engine
async function loadEngine() {
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const module = new WebAssembly.Module(readFileSync(join(dirname(gluePath), "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

if (opts.version) {
  const { version } = await loadEngine();
  process.stdout.write(`schema-engine-cli ${version()} (wasm)\n`);
  process.exit(0);
}

// ------------------------------------------------------------ connections
const url = opts.datasource?.url;
const withDatabase = (u, db) => { const x = new URL(u); x.pathname = "/" + encodeURIComponent(db); return x.toString(); };
const databaseOf = (u) => decodeURIComponent(new URL(u).pathname.slice(1));
const schemaOf = (u) => new URL(u).searchParams.get("schema") ?? undefined;

// Like the native binary's `cli` subcommands: one INFO line, then the ERROR line
// (the Prisma CLI skips the first stderr line and parses the rest as JSON).
function logError(message, code) {
  const line = (level, fields, target) => JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target });
  process.stderr.write(line("INFO", { message: "Starting schema engine CLI (wasm)" }, "schema_engine_cli") + "\n" +
    line("ERROR", { message, error_code: code }, "schema_engine::logger"));
}
function pgErrorCode(e) {
  if (e?.code === "3D000") return "P1003"; // database does not exist
  if (e?.code === "28P01" || e?.code === "28000") return "P1000"; // authentication failed
  if (["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH"].includes(e?.code)) return "P1001";
  return undefined;
}

// `schema-engine cli <command>`: used by `migrate dev`/`migrate reset` to check for / create the database
if (opts.cli) {
  const [command] = opts.cli;
  const database = databaseOf(url);
  const quoted = `"${database.replaceAll('"', '""')}"`;
  const run = async (u, sql) => { const c = new pg.Client({ connectionString: u }); await c.connect(); try { if (sql) await c.query(sql); } finally { await c.end(); } };
  // like the native engine: run CREATE/DROP DATABASE from the `postgres` (or `template1`) database
  const runOnServer = (sql) => run(withDatabase(url, "postgres"), sql).catch((e) => { if (e?.code === "3D000") return run(withDatabase(url, "template1"), sql); throw e; });
  try {
    if (command === "can-connect-to-database") await run(url);
    else if (command === "create-database") { await runOnServer(`CREATE DATABASE ${quoted}`); process.stdout.write(`Database '${database}' was successfully created.\n`); }
    else if (command === "drop-database") { await runOnServer(`DROP DATABASE IF EXISTS ${quoted}`); process.stdout.write(`The database '${database}' was successfully dropped.\n`); }
    else throw new Error(`Unsupported schema-engine cli command: ${command}`);
    process.exit(0);
  } catch (e) {
    logError(e?.code === "3D000" ? `Database \`${database}\` does not exist` : String(e?.message ?? e), pgErrorCode(e));
    process.exit(1);
  }
}

// @prisma/adapter-pg (6.19 and 7.x) rejects the catalog types "char" (OID 18) and
// name (OID 19; 7.x maps this one) that the schema engine's introspection queries
// return (prisma/orm#27403). pg parses both as strings, so report them as text (25).
const CATALOG_TEXT_OIDS = new Set([18, 19]);
function catalogTypesAsText(res) {
  for (const r of Array.isArray(res) ? res : [res])
    for (const f of r?.fields ?? []) if (CATALOG_TEXT_OIDS.has(f.dataTypeID)) f.dataTypeID = 25;
  return res;
}
class CatalogSafeClient extends pg.Client {
  query(...args) {
    const cb = args[args.length - 1];
    if (typeof cb === "function") {
      args[args.length - 1] = (err, res) => cb(err, err ? res : catalogTypesAsText(res));
      return super.query(...args);
    }
    const r = super.query(...args);
    return r && typeof r.then === "function" ? r.then(catalogTypesAsText) : r;
  }
}
// The native engine honours `?schema=` by setting the search_path; do the same.
const poolConfig = (connectionString) => {
  const schema = schemaOf(connectionString);
  const options = schema ? `-c search_path="${schema.replaceAll('"', '""')}"` : undefined;
  return { connectionString, Client: CatalogSafeClient, ...(options && { options }) };
};

// The driver adapter factory handed to the Wasm engine. Its shadow database (for
// `migrate dev` / `migrate diff --from-migrations`) is a fresh temporary database
// that is dropped after its pool is closed (PrismaPg#connectToShadowDb drops it
// while its pool is still connected, and with a connection string it would even
// connect to the main database). close() releases whatever the engine left open.
class MigrateAdapterFactory extends PrismaPg {
  #main;
  #shadowUrl;
  #open = new Set();
  constructor(connectionString, shadowDatabaseUrl) {
    super(poolConfig(connectionString), { schema: schemaOf(connectionString) });
    this.#main = connectionString;
    this.#shadowUrl = shadowDatabaseUrl;
  }
  #track(adapter, cleanup) {
    const dispose = adapter.dispose.bind(adapter);
    let done;
    adapter.dispose = () => (done ??= (async () => {
      try { await dispose(); } finally { this.#open.delete(adapter); await cleanup?.(); }
    })());
    this.#open.add(adapter);
    return adapter;
  }
  async connect() {
    return this.#track(await super.connect());
  }
  async connectToShadowDb() {
    if (this.#shadowUrl) {
      // A configured shadowDatabaseUrl: the native engine empties it first, the Wasm engine does not.
      const schema = (schemaOf(this.#shadowUrl) ?? "public").replaceAll('"', '""');
      const c = new pg.Client({ connectionString: this.#shadowUrl });
      await c.connect();
      try { await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`); } finally { await c.end(); }
      return this.#track(await new PrismaPg(poolConfig(this.#shadowUrl), { schema: schemaOf(this.#shadowUrl) }).connect());
    }
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    const admin = new pg.Client({ connectionString: this.#main });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg(poolConfig(withDatabase(this.#main, name)), { schema: schemaOf(this.#main) }).connect();
    return this.#track(shadow, async () => {
      try { await admin.query(`DROP DATABASE IF EXISTS "${name}"`); } finally { await admin.end(); }
    });
  }
  async close() {
    await Promise.allSettled([...this.#open].map((a) => a.dispose()));
  }
}

// ------------------------------------------------------------ JSON-RPC loop
const { SchemaEngine } = await loadEngine();
const datamodels = opts.datamodels.map((p) => [p, readFileSync(p, "utf8")]);
const log = (line) => process.stderr.write(String(line).trimEnd() + "\n");
// One engine per process, like the native binary: `migrate dev` relies on the
// engine's in-memory migration-schema cache between its RPC calls.
let current;
const getEngine = async () => {
  if (!current) {
    if (!url) throw new Error("No datasource url was passed to the schema engine");
    const factory = new MigrateAdapterFactory(url, opts.datasource?.shadowDatabaseUrl);
    const engine = await SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log,
      bindMigrationAwareSqlAdapterFactory(factory));
    current = { engine, factory };
  }
  return current.engine;
};

// In the Wasm engine, evaluateDataLoss/createMigration get no shadow-database
// factory: they only work if the schema of the migration history is already in
// the engine's cache. `migrate dev` fills that cache in devDiagnostic, except
// when the database was empty or behind (it applies migrations first), which
// then fails with "PostgreSQL shadow DB must be provided through an external
// factory". Fill the cache first with the read-only diagnoseMigrationHistory.
const NEEDS_MIGRATION_SCHEMA = new Set(["evaluateDataLoss", "createMigration"]);
async function primeMigrationSchemaCache(engine, params) {
  if (!params?.migrationsList) return;
  try {
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
  } catch {
    // the real call below reports any problem
  }
}

const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n");
const METHODS = { getDatabaseVersion: "version" };
let printId = 1_000_000_000;

const trace = process.env.PRISMA_SCHEMA_ENGINE_WASM_TRACE; // file to append RPC calls to, for debugging
const traceLine = (o) => trace && appendFileSync(trace, JSON.stringify({ pid: process.pid, ...o }) + "\n");

async function handle({ id, method, params }) {
  traceLine({ id, method, params: params && Object.keys(params) });
  try {
    const e = await getEngine();
    const name = METHODS[method] ?? method;
    if (typeof e[name] !== "function") return send({ id, error: { code: -32601, message: `Method not found: ${method}` } });
    if (NEEDS_MIGRATION_SCHEMA.has(method)) await primeMigrationSchemaCache(e, params);
    let result = await e[name](params ?? undefined);
    if (method === "diff" && result && "stdout" in result) {
      const { stdout, ...rest } = result;
      if (stdout) send({ id: printId++, method: "print", params: { content: stdout.replace(/\n$/, "") } });
      result = rest;
    }
    send({ id, result: result ?? null });
  } catch (err) {
    traceLine({ id, method, error: String(err?.message ?? err), code: err?.code });
    const isPanic = err instanceof WebAssembly.RuntimeError;
    const data = { is_panic: isPanic, message: String(err?.message ?? err), backtrace: err?.stack };
    if (err?.code) { data.error_code = err.code; data.meta = err.meta ?? null; }
    send({ id, error: { code: 4466, message: "An error happened. Check the data field for details.", data } });
  }
}

let queue = Promise.resolve();
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  if (!line.trim()) return;
  const msg = JSON.parse(line);
  if (!msg.method) return; // response to one of our `print` requests
  queue = queue.then(() => handle(msg));
});
// The CLI ends our stdin and, on Linux, sends SIGTERM right away: finish the
// request in flight, close the pools (dropping a leftover shadow database) and exit.
let exiting;
const shutdown = () => (exiting ??= queue
  .then(async () => {
    current?.engine.free();
    await current?.factory.close();
  })
  .catch(() => {})
  .finally(() => process.exit(0)));
rl.on("close", shutdown);
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

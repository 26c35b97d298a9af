import pg from "pg";

/**
 * Two database roles (README: Database roles and audit trail). Migrations run as
 * the owner of the tables (MIGRATE_DATABASE_URL); the app runs as a login that
 * is a member of the NOLOGIN group `factdesk_app` (DATABASE_URL), which may read
 * and write rows but owns nothing: no DDL, no TRUNCATE, no disabling triggers,
 * and on AuditEvent only SELECT and INSERT. SECURITY CHOKE POINT: every right
 * the app's connection has is granted here.
 *
 * Imports only `pg`, so scripts run it without the `@/` alias.
 */
export const APP_GROUP_ROLE = "factdesk_app";

/** pg-boss's schema (lib/jobs/job-boss.ts), granted when it exists: create it first, then call ensureAppRole. */
const JOB_SCHEMA = "pgboss";

export interface AppLogin {
  login: string;
  /** null or absent: a login without a password (trust or peer authentication) */
  password?: string | null;
}

/**
 * Idempotent migration-time step, run by the owner after `prisma migrate deploy`
 * (and after the job schema is installed): creates the group role if missing,
 * grants it what the app needs in the URL's schema (and pgboss), creates or
 * updates the login and makes it a member. Returns the app's URL: `ownerUrl`
 * with the login's user name and password.
 * The owner needs CREATEROLE (docker's POSTGRES_USER and the embedded server's user have it).
 */
export async function ensureAppRole(ownerUrl: string, app: AppLogin): Promise<string> {
  return withClient(ownerUrl, async (client) => {
    const owner = await currentUser(client);
    if (app.login === owner)
      throw new Error(
        `The app's database login must not be the migrating role (${owner}): give DATABASE_URL another user`,
      );
    await ensureRole(client, APP_GROUP_ROLE, "NOLOGIN");
    await grantAppRights(client, schemaOf(ownerUrl));
    await ensureLogin(client, app, schemaOf(ownerUrl));
    const url = new URL(ownerUrl);
    url.username = encodeURIComponent(app.login);
    url.password = app.password ? encodeURIComponent(app.password) : "";
    return url.toString();
  });
}

/**
 * `npm run db:roles` and `npm start`: the login of DATABASE_URL becomes the app's
 * role, granted by the owner of MIGRATE_DATABASE_URL. Both must name the same
 * server and database. Returns false (and changes nothing) when both name the
 * same user: a single-URL setup, where the app stays the owner.
 */
export async function ensureAppRoleForUrls(migrateUrl: string, databaseUrl: string): Promise<boolean> {
  const owner = new URL(migrateUrl);
  const app = new URL(databaseUrl);
  if (decodeURIComponent(owner.username) === decodeURIComponent(app.username)) return false;
  if (owner.host !== app.host || owner.pathname !== app.pathname || schemaOf(migrateUrl) !== schemaOf(databaseUrl)) {
    throw new Error(
      "MIGRATE_DATABASE_URL and DATABASE_URL must name the same server, database and schema (only the user differs)",
    );
  }
  await ensureAppRole(migrateUrl, {
    login: decodeURIComponent(app.username),
    password: app.password ? decodeURIComponent(app.password) : null,
  });
  return true;
}

async function grantAppRights(client: pg.Client, schema: string): Promise<void> {
  const group = client.escapeIdentifier(APP_GROUP_ROLE);
  const s = client.escapeIdentifier(schema);
  await client.query("BEGIN");
  try {
    // nobody but the owner creates objects here (a database upgraded from PostgreSQL 14 still lets PUBLIC)
    await client.query(`REVOKE CREATE ON SCHEMA ${s} FROM PUBLIC`);
    await grantSchema(client, s, group);
    // append-only audit trail: the BEFORE INSERT trigger chains what the app inserts (lib/audit/chain-hash.ts)
    await client.query(`REVOKE UPDATE, DELETE ON ${s}."AuditEvent" FROM ${group}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${s}."_prisma_migrations" FROM ${group}`);
    const jobs = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [JOB_SCHEMA]);
    if (jobs.rowCount) await grantSchema(client, client.escapeIdentifier(JOB_SCHEMA), group);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Rows only, on the tables and sequences there now and on those the owner creates later. */
async function grantSchema(client: pg.Client, schema: string, group: string): Promise<void> {
  await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${group}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${group}`);
  await client.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${schema} FROM ${group}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${group}`);
  await client.query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${group}`,
  );
  await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT ON SEQUENCES TO ${group}`);
}

async function ensureLogin(client: pg.Client, app: AppLogin, schema: string): Promise<void> {
  const login = client.escapeIdentifier(app.login);
  const password = app.password ? `PASSWORD ${client.escapeLiteral(app.password)}` : "";
  await ensureRole(client, app.login, `LOGIN ${password}`);
  const { rows } = await client.query<{ powerful: boolean; owns: boolean }>(
    `SELECT r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolbypassrls OR r.rolreplication AS powerful,
            EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $2 AND c.relowner = r.oid) AS owns
       FROM pg_roles r WHERE r.rolname = $1`,
    [app.login, schema],
  );
  if (rows[0]?.powerful)
    throw new Error(
      `The app's database login ${app.login} has superuser, CREATEROLE, CREATEDB, BYPASSRLS or REPLICATION: it must have none`,
    );
  if (rows[0]?.owns)
    throw new Error(
      `The app's database login ${app.login} owns tables in schema ${schema}: run migrations as another role`,
    );
  await client.query(`ALTER ROLE ${login} LOGIN ${password}`);
  await client.query(`GRANT ${client.escapeIdentifier(APP_GROUP_ROLE)} TO ${login}`);
}

/** CREATE ROLE unless it exists; roles are per server, so two databases (parallel test runs) may race to create it. */
async function ensureRole(client: pg.Client, name: string, options: string): Promise<void> {
  const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]);
  if (found.rowCount) return;
  try {
    await client.query(`CREATE ROLE ${client.escapeIdentifier(name)} ${options}`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "42710" && code !== "23505") throw error; // duplicate_object, unique_violation: the other one won
  }
}

async function currentUser(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ user: string }>("SELECT current_user AS user");
  return rows[0]!.user;
}

/** Prisma's `?schema=` (default public). */
function schemaOf(url: string): string {
  return new URL(url).searchParams.get("schema") ?? "public";
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("notice", () => undefined); // "role is already a member", "no privileges could be revoked"
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

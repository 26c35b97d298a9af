import { z } from "zod";

/**
 * Every environment variable the app reads, validated in one place.
 * `.env.example` documents each of them.
 */
const EnvSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** a connection straight to PostgreSQL when DATABASE_URL goes through a transaction-pooling PgBouncer (see directDatabaseUrl) */
  DIRECT_DATABASE_URL: z.string().url().optional(),
  /** a streaming standby of DATABASE_URL's database: exports, search and public report pages read from it (lib/db/replica.ts) */
  DATABASE_REPLICA_URL: z.string().url().optional(),
  /** how far behind (ms) the replica may be before those reads go back to the primary */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).default(5000),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** the address readers reach public fact-checks, feeds and embeds at (lib/public-urls/public-address.ts); NEXTAUTH_URL when unset */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** "1" when `npm start` runs on the embedded demo database: the sign-in page shows demo credentials */
  FACTDESK_DEMO: z.enum(["0", "1"]).default("0"),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Newsroom SSO"),
  /** how many proxies in front of the app append to X-Forwarded-For; 0 = the header is never trusted (lib/auth/client-address.ts) */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** sign-in throttling (lib/auth/sign-in-limits.ts): consecutive wrong passwords per account and client before delays start */
  SIGNIN_FREE_FAILURES: z.coerce.number().int().positive().default(3),
  /** the longest delay between two attempts of one account and client (the delay doubles from 1 s) */
  SIGNIN_MAX_DELAY_SECONDS: z.coerce.number().int().positive().default(900),
  /** failures per hour from one client address, over all accounts, before that address is blocked for the rest of the hour */
  SIGNIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().positive().default(100),
  /** failures per hour on one account, over all clients, after which clients that failed on it get no free failures */
  SIGNIN_ACCOUNT_ALERT_FAILURES: z.coerce.number().int().positive().default(20),
  /** hosts URL import may fetch although they resolve to private addresses (read by lib/http/allowed-hosts.ts) */
  IMPORT_ALLOWED_HOSTS: z.string().optional(),
  /** hosts webhooks may be delivered to although they resolve to private or loopback addresses (read by lib/webhooks/allowed-hosts.ts) */
  WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** Parses an environment (process.env by default); throws one readable message listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // Empty strings mean "unset" (docker compose and .env files often leave them blank).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** SSO is on only when issuer, client id and secret are all set. */
export function oidcConfig(env: Env): OidcConfig | null {
  if (!env.OIDC_ISSUER) return null;
  if (!env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) {
    throw new Error(
      "Invalid environment:\n  OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required",
    );
  }
  return {
    issuer: env.OIDC_ISSUER.replace(/\/$/, ""),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_NAME,
  };
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv());
}

/** Forget the environment read so far: the next env() reads process.env again (tests that change it, and test/integration-env.ts between test files sharing a worker). */
export function forgetEnv(): void {
  cached = undefined;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  return url;
}

/**
 * THE decision which connection a component needs. DATABASE_URL may go through a
 * transaction-pooling PgBouncer, where consecutive statements of one client can
 * land on different server sessions: fine for single statements and transactions
 * (the app's Prisma pool, pg-boss, readiness), wrong for anything that keeps state
 * in a session. Those use this URL instead, straight to PostgreSQL:
 * - the live-update listener (lib/live/live-hub.ts): LISTEN belongs to the session;
 * - sign-in limits (lib/auth/sign-in-limits.ts): rate-limiter-flexible prepares
 *   named statements once per connection.
 * DATABASE_URL when unset (no pooler in between).
 */
export function directDatabaseUrl(source: Env = env()): string {
  const url = source.DIRECT_DATABASE_URL ?? source.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  return url;
}

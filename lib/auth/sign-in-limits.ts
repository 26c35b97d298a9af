import { createHash } from "node:crypto";
import { Pool } from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { directDatabaseUrl, env } from "@/lib/env";

/**
 * Sign-in throttling that slows attackers without locking anyone out. State
 * lives in PostgreSQL (table sign_in_limits, rate-limiter-flexible's Postgres
 * store), so every app instance shares it. Three rules:
 *
 * (a) per account + client: after SIGNIN_FREE_FAILURES consecutive failures
 *     the pair waits 1 s, 2 s, 4 s … up to SIGNIN_MAX_DELAY_SECONDS before its
 *     next attempt is even checked; a success clears the pair.
 * (b) per client address, all accounts: SIGNIN_ADDRESS_MAX_FAILURES failures in
 *     an hour block the address for the rest of that hour. Only for a trusted
 *     address (TRUSTED_PROXY_HOPS > 0): a forgeable one would give an attacker
 *     fresh counters, and one shared "unknown" bucket would let anyone block
 *     everyone's sign-in.
 * (c) per account, all clients: past SIGNIN_ACCOUNT_ALERT_FAILURES failures in
 *     an hour the account is "under attack" and every client that fails on it
 *     waits after each failure (no free failures). A client with no failures
 *     on the account is never checked against this: the right password from a
 *     clean client always gets in.
 *
 * "Client" is the most specific thing that cannot be forged: this browser's
 * signed device cookie (lib/auth/sign-in-device.ts), else the trusted address,
 * else "unknown" — with TRUSTED_PROXY_HOPS=0, browsers that never signed in
 * to the account share that account's one bucket.
 */
export interface SignInClient {
  email: string;
  /** from lib/auth/sign-in-device.ts; null without a valid device cookie */
  deviceKey: string | null;
  /** trusted client address (lib/auth/client-address.ts), or null */
  address: string | null;
}

const HOUR = 60 * 60;
/** consecutive failures of a pair are forgotten a day after the first one */
const PAIR_MEMORY = 24 * HOUR;

interface Limiters {
  pairFailures: RateLimiterPostgres;
  pairWait: RateLimiterPostgres;
  addressFailures: RateLimiterPostgres;
  accountFailures: RateLimiterPostgres;
}

const globalForLimits = globalThis as unknown as {
  factdeskSignInLimits?: { settings: string; pool: Pool; limiters: Limiters };
};

function limiters(): Limiters {
  const url = directDatabaseUrl(); // rate-limiter-flexible prepares named statements per connection: never through a transaction pooler
  const { SIGNIN_ADDRESS_MAX_FAILURES, SIGNIN_ACCOUNT_ALERT_FAILURES } = env();
  // made anew when what they are made of changes (in a process, only tests change it: test/integration-env.ts)
  const settings = JSON.stringify([url, SIGNIN_ADDRESS_MAX_FAILURES, SIGNIN_ACCOUNT_ALERT_FAILURES]);
  const current = globalForLimits.factdeskSignInLimits;
  if (current?.settings === settings) return current.limiters;
  // one small pool for all four limiters; idle connections do not keep the process alive
  const pool = new Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  // `?schema=` is Prisma's URL convention (see lib/db/client.ts); pg ignores it
  const schemaName = new URL(url).searchParams.get("schema") ?? undefined;
  const store = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      tableName: "sign_in_limits",
      tableCreated: true,
      schemaName,
      keyPrefix,
      points,
      duration,
    });
  const made: Limiters = {
    pairFailures: store("pair", Number.MAX_SAFE_INTEGER, PAIR_MEMORY),
    pairWait: store("pair-wait", 1, 1),
    addressFailures: store("address", SIGNIN_ADDRESS_MAX_FAILURES, HOUR),
    accountFailures: store("account", SIGNIN_ACCOUNT_ALERT_FAILURES, HOUR),
  };
  globalForLimits.factdeskSignInLimits = { settings, pool, limiters: made };
  return made;
}

// keys stay short (VARCHAR 255) and the table holds no email addresses
const accountKey = (email: string) => createHash("sha256").update(email).digest("hex");
/** password-reset requests have pairs of their own (a reset mail is no failed guess) but share the address bucket */
type LimitedRequest = "sign-in" | "reset";
const pairKey = (client: SignInClient, kind: LimitedRequest = "sign-in") =>
  `${kind === "reset" ? "reset:" : ""}${accountKey(client.email)}:${client.deviceKey ?? (client.address ? `address:${client.address}` : "unknown")}`;

/** Seconds this client must wait before its attempt (or reset request) is checked; 0 = go ahead. */
export async function signInWaitSeconds(client: SignInClient, kind: LimitedRequest = "sign-in"): Promise<number> {
  const { pairWait, addressFailures } = limiters();
  const [pair, address] = await Promise.all([
    pairWait.get(pairKey(client, kind)),
    client.address ? addressFailures.get(client.address) : null,
  ]);
  const waits = [
    pair && pair.consumedPoints > 1 ? pair.msBeforeNext : 0,
    address && address.consumedPoints >= env().SIGNIN_ADDRESS_MAX_FAILURES ? address.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...waits) / 1000);
}

/** Delay after the nth consecutive failure of a pair (rule a, tightened by rule c). */
export function delayAfterFailure(consecutiveFailures: number, accountUnderAttack: boolean): number {
  const { SIGNIN_FREE_FAILURES, SIGNIN_MAX_DELAY_SECONDS } = env();
  const free = accountUnderAttack ? 1 : SIGNIN_FREE_FAILURES;
  if (consecutiveFailures < free) return 0;
  return Math.min(2 ** Math.min(consecutiveFailures - free, 30), SIGNIN_MAX_DELAY_SECONDS);
}

export async function recordSignInFailure(client: SignInClient): Promise<void> {
  const { pairFailures, pairWait, addressFailures, accountFailures } = limiters();
  const key = pairKey(client);
  const [pair, account] = await Promise.all([
    pairFailures.penalty(key, 1),
    accountFailures.penalty(accountKey(client.email), 1),
    client.address ? addressFailures.penalty(client.address, 1) : null,
  ]);
  const delay = delayAfterFailure(pair.consumedPoints, account.consumedPoints >= env().SIGNIN_ACCOUNT_ALERT_FAILURES);
  if (delay > 0) await pairWait.block(key, delay);
}

/** A success clears the pair only: the address's and the account's counts stay. */
export async function recordSignInSuccess(client: SignInClient): Promise<void> {
  const { pairFailures, pairWait } = limiters();
  const key = pairKey(client);
  await Promise.all([pairFailures.delete(key), pairWait.delete(key)]);
}

/**
 * A password-reset request counts like a failure of its own pair (3 mails,
 * then 1 s, 2 s … between requests) and of the address, never of the account:
 * asking for a reset is not an attack on the password.
 */
export async function recordPasswordResetRequest(client: SignInClient): Promise<void> {
  const { pairFailures, pairWait, addressFailures } = limiters();
  const key = pairKey(client, "reset");
  const [pair] = await Promise.all([
    pairFailures.penalty(key, 1),
    client.address ? addressFailures.penalty(client.address, 1) : null,
  ]);
  const delay = delayAfterFailure(pair.consumedPoints, false);
  if (delay > 0) await pairWait.block(key, delay);
}

import { ConflictError, InvalidInputError, ServiceUnavailableError } from "@/lib/errors";

/** Prisma error codes are translated here and nowhere else. */
function prismaCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

type UniqueMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
};

/** The columns of the violated unique constraint, from whichever form the driver reports. */
function uniqueTarget(error: unknown): string[] {
  const meta = (error as { meta?: UniqueMeta }).meta;
  if (Array.isArray(meta?.target)) return meta.target.map(String);
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields.map((f) => f.replaceAll('"', ""));
  // @prisma/adapter-pg reports only the index name; Prisma names them <Model>_<field>[_<field>]_key.
  const fields = constraint?.index?.match(/^[^_]+_(.+)_key$/)?.[1];
  return fields ? fields.split("_") : [];
}

/**
 * Runs `work`; a unique-constraint violation (P2002) becomes an
 * InvalidInputError on the field it names (or a ConflictError if none matches).
 */
export async function mapUniqueViolation<T>(messages: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (prismaCode(error) !== "P2002") throw error;
    const field = uniqueTarget(error).find((f) => f in messages);
    if (field) throw new InvalidInputError(messages[field]!, { [field]: [messages[field]!] });
    throw new ConflictError(Object.values(messages)[0] ?? "This already exists.");
  }
}

/** True for a unique-constraint violation (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === "P2002";
}

/** True when a record to update/delete was not found (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === "P2025";
}

type DriverMeta = { meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } };

// Prisma: can't reach (P1001), timed out (P1002), server closed the connection (P1017), pool timeout (P2024).
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_DRIVER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// PostgreSQL: connection exceptions (08xxx), shutting down / starting up (57P01-57P03), too many connections (53300).
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53300)/;
// node-postgres reports a lost or unobtainable connection as a plain Error without a code, which
// @prisma/adapter-pg passes through: the server went away mid-query or mid-transaction (a crash, a
// restart), a connect timed out, or no pooled connection freed up within connectionTimeoutMillis.
const UNAVAILABLE_PG_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
];
// Prisma: an interactive transaction that got no pooled connection within maxWait (P2028): every
// connection is busy, as when the database stalls; other P2028 errors (an expired transaction) stay 500s.
const NO_CONNECTION_FOR_TRANSACTION = "Unable to start a transaction in the given time";
const CONCURRENT_CHANGE_SQLSTATE = new Set(["40P01", "40001"]);
// PostgreSQL text cannot hold U+0000 (22021) and refuses some escapes (22P05).
const INVALID_TEXT_SQLSTATE = new Set(["22021", "22P05"]);
// jsonb refuses a lone UTF-16 surrogate escape ("\ud800" without its pair) as invalid JSON (22P02);
// JSON.stringify writes exactly that for a lone surrogate in a string, e.g. in an audit event's "after".
const INVALID_JSON_SQLSTATE = "22P02";

/**
 * Database failures that are not bugs, as the app's own errors: an unreachable
 * or restarting database is a 503 (the caller may retry; nothing was changed),
 * text PostgreSQL cannot store is a 400. Anything else is returned unchanged.
 */
export function translateDatabaseError(error: unknown): unknown {
  if (typeof error !== "object" || error === null) return error;
  const cause = (error as DriverMeta).meta?.driverAdapterError?.cause;
  const sqlState = cause?.originalCode ?? (error as { code?: unknown }).code;
  if (
    UNAVAILABLE_PRISMA_CODES.has(prismaCode(error) ?? "") ||
    UNAVAILABLE_DRIVER_KINDS.has(cause?.kind ?? "") ||
    (typeof sqlState === "string" && UNAVAILABLE_SQLSTATE.test(sqlState)) ||
    isLostConnection(error) ||
    (prismaCode(error) === "P2028" &&
      String((error as { message?: unknown }).message).includes(NO_CONNECTION_FOR_TRANSACTION))
  ) {
    return new ServiceUnavailableError();
  }
  // Two transactions waited on each other (a deadlock, 40P01) or a serializable one lost (40001):
  // PostgreSQL rolled this one back whole, so nothing was changed and trying again works.
  if (prismaCode(error) === "P2034" || (typeof sqlState === "string" && CONCURRENT_CHANGE_SQLSTATE.has(sqlState))) {
    return new ConflictError(
      "Another change to the same records happened at the same moment. Nothing was changed; try again.",
    );
  }
  if (typeof sqlState === "string" && INVALID_TEXT_SQLSTATE.has(sqlState)) {
    const message =
      "The text contains a character that cannot be stored (the NUL character, U+0000). Remove it and try again.";
    return new InvalidInputError(message, { form: [message] });
  }
  if ((sqlState === INVALID_JSON_SQLSTATE || prismaCode(error) === "P2007") && /type json/.test(driverMessage(error))) {
    const message =
      "The text contains a character that cannot be stored (a lone UTF-16 surrogate). Remove it and try again.";
    return new InvalidInputError(message, { form: [message] });
  }
  // A value of the wrong type reached a query (an object where an id belongs): the caller's input, checked by Prisma before anything ran.
  if ((error as { name?: unknown }).name === "PrismaClientValidationError") {
    const message = "The request's arguments do not have the expected types.";
    return new InvalidInputError(message, { form: [message] });
  }
  return error;
}

function driverMessage(error: object): string {
  const adapterError = (error as { meta?: { driverAdapterError?: { message?: unknown } } }).meta?.driverAdapterError;
  return `${String(adapterError?.message ?? "")} ${String((error as { message?: unknown }).message ?? "")}`;
}

/** Prisma keeps the driver's message, sometimes after its own "Invalid `…` invocation" preamble. */
function isLostConnection(error: object): boolean {
  const message = (error as { message?: unknown }).message;
  if (typeof message !== "string") return false;
  const trimmed = message.trim();
  return UNAVAILABLE_PG_MESSAGES.some((known) => trimmed === known || trimmed.endsWith(`\n${known}`));
}

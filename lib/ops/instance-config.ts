import type pino from "pino";
import { componentLogger } from "@/lib/ops/logger";

/**
 * Settings that must agree between app instances serving one site (README:
 * Operations, several instances). Next.js encrypts the variables a server
 * action closes over, and derives the actions' ids, with a key it makes per
 * build: a page served by one instance posts its action to another, which must
 * hold the same key, or the action fails ("Failed to find Server Action"). The
 * key is NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, the same on every instance and for
 * every build; FACTDESK_INSTANCES says that there are several.
 */
export interface InstanceConfigReport {
  /** the instance must not start */
  errors: string[];
  warnings: string[];
}

/** AES key lengths Next.js accepts (it imports the key raw for AES-GCM). */
const AES_KEY_BYTES = [16, 24, 32];
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const GENERATE = "generate one with `openssl rand -base64 32`";

/** Pure: what is wrong with this environment for the instance count it declares. Empty strings count as unset. */
export function checkInstanceConfig(source: Record<string, string | undefined> = process.env): InstanceConfigReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const declared = source.FACTDESK_INSTANCES?.trim() || undefined;
  const instances = declared === undefined ? 1 : /^[1-9]\d*$/.test(declared) ? Number(declared) : null;
  if (instances === null) errors.push(`FACTDESK_INSTANCES must be a whole number of 1 or more (got "${declared}")`);

  const key = source.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim() || undefined;
  const keyProblem = key === undefined ? null : problemWithKey(key);
  if (keyProblem) errors.push(`NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ${keyProblem}: ${GENERATE}`);
  if (key === undefined && instances !== null && instances > 1) {
    errors.push(
      `FACTDESK_INSTANCES=${instances}, but NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is not set: server actions of a page from one instance fail on another. ` +
        `Give every instance (and every build) the same key; ${GENERATE}`,
    );
  }
  if (key === undefined && declared === undefined && source.JOBS_DISABLED === "1") {
    warnings.push(
      "JOBS_DISABLED=1: another instance runs the jobs. If several instances serve the site, set FACTDESK_INSTANCES and the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY on all of them",
    );
  }
  return { errors, warnings };
}

function problemWithKey(key: string): string | null {
  if (!BASE64.test(key)) return "is not base64";
  const bytes = Buffer.from(key, "base64").length;
  if (!AES_KEY_BYTES.includes(bytes)) return `is ${bytes} bytes long; an AES key has 16, 24 or 32 (32 recommended)`;
  return null;
}

/**
 * The boot check (instrumentation.ts register()): logs what is wrong and
 * throws when the instance must not start — Next.js then exits with an error
 * instead of serving actions that would fail on the other instances.
 */
export function assertInstanceConfig(
  source: Record<string, string | undefined> = process.env,
  log: pino.Logger = componentLogger("instance-config"),
): void {
  const { errors, warnings } = checkInstanceConfig(source);
  for (const warning of warnings) log.warn(warning);
  if (errors.length === 0) return;
  for (const error of errors) log.fatal(error);
  throw new Error(`Refusing to start: ${errors.join("; ")}`);
}

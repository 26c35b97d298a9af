import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { lookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { isPublicAddress } from "@/lib/http/public-address";
import { isAllowedImportHost } from "@/lib/http/allowed-hosts";
import { webhookAllowedHosts } from "@/lib/webhooks/allowed-hosts";

/** What one try got: the receiver's status and the start of its answer, or why there was none. */
export interface PostOutcome {
  httpStatus: number | null;
  /** the first RESPONSE_CHARS characters of the answer's body */
  response: string | null;
  error: string | null;
  durationMs: number;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
const RESPONSE_CHARS = 2_000;

/**
 * SECURITY CHOKE POINT (SSRF): one POST of a webhook. The host is resolved
 * once and refused if any address is not public (the URL importer's checks,
 * lib/http/public-address.ts), unless WEBHOOK_ALLOWED_HOSTS names
 * it; the socket connects to the checked address (no DNS rebinding).
 * Redirects are not followed (a 3xx is a failed try). Never throws.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<PostOutcome> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  const outcome = (fields: Omit<PostOutcome, "durationMs">): PostOutcome => ({
    ...fields,
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const target = new URL(url);
    const address = await checkedAddress(target);
    const response = await post(target, address, headers, body, signal);
    return outcome({ httpStatus: response.status, response: response.text, error: null });
  } catch (error) {
    const reason = signal.aborted
      ? `no answer within ${timeoutMs / 1000} seconds`
      : error instanceof Error
        ? error.message
        : String(error);
    return outcome({ httpStatus: null, response: null, error: reason.slice(0, 500) });
  }
}

async function checkedAddress(url: URL): Promise<{ address: string; family: 4 | 6 }> {
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`only http and https, not ${url.protocol}`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true, verbatim: true });
  if (!isAllowedImportHost(url, webhookAllowedHosts()) && addresses.some((a) => !isPublicAddress(a.address))) {
    throw new Error(`${url.host} resolves to a private network address (allow it with WEBHOOK_ALLOWED_HOSTS)`);
  }
  const first = addresses[0];
  if (!first) throw new Error(`${url.host} has no addresses`);
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

function post(
  url: URL,
  target: { address: string; family: 4 | 6 },
  headers: Record<string, string>,
  body: string,
  signal: AbortSignal,
): Promise<{ status: number; text: string }> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(url, {
      method: "POST",
      signal,
      lookup: pinned,
      agent: false,
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)), "user-agent": "Factdesk webhooks" },
    });
    request.on("error", reject);
    request.once("response", (response) =>
      readStart(response).then((text) => resolve({ status: response.statusCode ?? 0, text }), reject),
    );
    request.end(body);
  });
}

/** Reads the answer until RESPONSE_CHARS characters, then hangs up: a receiver cannot make us store more. */
function readStart(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      text += chunk;
      if (text.length >= RESPONSE_CHARS) {
        response.destroy();
        resolve(text.slice(0, RESPONSE_CHARS));
      }
    });
    response.on("end", () => resolve(text));
    response.on("error", reject);
  });
}

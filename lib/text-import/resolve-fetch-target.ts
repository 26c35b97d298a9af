import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { InvalidInputError } from "@/lib/errors";
import { isAllowedImportHost } from "@/lib/http/allowed-hosts";
import { isPublicAddress } from "@/lib/http/public-address";

export interface FetchTarget {
  url: URL;
  /** The checked address the request must connect to (never re-resolved). */
  address: string;
  family: 4 | 6;
}

/**
 * SECURITY CHOKE POINT (SSRF): every hop of a URL import passes here before
 * any connection is made. Only http(s); the host is resolved once, refused if
 * ANY of its addresses is non-public (unless the host is allow-listed), and the
 * caller connects to the returned address, so a second DNS answer cannot
 * swap in a private one (DNS rebinding).
 */
export async function resolveFetchTarget(url: URL, signal: AbortSignal): Promise<FetchTarget> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw refusal(`Only http and https addresses can be imported, not ${url.protocol.replace(/:$/, "")}.`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await resolve(url, host, signal);
  if (!isAllowedImportHost(url) && addresses.some(({ address }) => !isPublicAddress(address))) {
    throw refusal("The address resolves to a private network address.");
  }
  const first = addresses[0];
  if (!first) throw refusal(`Could not reach ${url.host}: the name has no addresses.`);
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

async function resolve(
  url: URL,
  host: string,
  signal: AbortSignal,
): Promise<Array<{ address: string; family: number }>> {
  signal.throwIfAborted();
  // dns.lookup cannot be cancelled; racing it against the signal keeps the time limit.
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([lookup(host, { all: true, verbatim: true }), aborted]);
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOTFOUND" || code === "ENODATA"
        ? "the name does not exist"
        : `the name could not be resolved (${code ?? "unknown error"})`;
    throw refusal(`Could not reach ${url.host}: ${reason}.`);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

function refusal(message: string): InvalidInputError {
  return new InvalidInputError(message, { url: [message] });
}

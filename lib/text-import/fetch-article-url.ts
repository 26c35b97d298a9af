import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { DomainError, InvalidInputError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "./import-limits";
import { decodeBody, readLimitedBody } from "./read-page-body";
import { resolveFetchTarget, type FetchTarget } from "./resolve-fetch-target";

export interface FetchedPage {
  /** The address the page was finally served from, after redirects. */
  finalUrl: string;
  /** The media type without parameters, e.g. "text/html". */
  contentType: string;
  body: string;
}

export interface FetchArticleUrlOptions {
  /** Limit for the whole fetch, redirects and body included. Default 10 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 5;
const ALLOWED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain", "text/markdown"]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a page for import, server-side. Every hop is checked by
 * resolveFetchTarget (the SSRF choke point) and connected to the address it
 * checked; redirects are followed by hand, at most five. Every refusal is an
 * InvalidInputError with a message for the editor, never a raw stack.
 */
export async function fetchArticleUrl(url: string, options: FetchArticleUrlOptions = {}): Promise<FetchedPage> {
  return fetchWithin(url, options, readPage);
}

/** Any answer of a server, as it came: the status, the media type without parameters, the raw Content-Type and the decompressed bytes. */
export interface FetchedAnswer {
  finalUrl: string;
  status: number;
  contentType: string;
  contentTypeHeader: string;
  bytes: Buffer;
}

/**
 * Source preservation (lib/sources): the same checks, redirects and limits as
 * fetchArticleUrl, but any status and any content type are returned as they
 * are instead of refused — a 404 is what the cited source answered.
 */
export async function fetchUrlAnswer(url: string, options: FetchArticleUrlOptions = {}): Promise<FetchedAnswer> {
  return fetchWithin(url, options, async (target, response) => {
    const contentTypeHeader = response.headers["content-type"] ?? "";
    const contentType = (contentTypeHeader.split(";")[0] ?? "").trim().toLowerCase();
    const bytes = await readLimitedBody(response, MAX_IMPORT_BYTES);
    return { finalUrl: target.url.href, status: response.statusCode ?? 0, contentType, contentTypeHeader, bytes };
  });
}

async function fetchWithin<T>(
  url: string,
  options: FetchArticleUrlOptions,
  read: (target: FetchTarget, response: IncomingMessage) => Promise<T>,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await followRedirects(parseUrl(url), controller.signal, read);
  } catch (error) {
    if (controller.signal.aborted) {
      const message = `The server did not answer within ${timeoutMs / 1000} seconds.`;
      throw new InvalidInputError(message, { url: [message] });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects<T>(
  start: URL,
  signal: AbortSignal,
  read: (target: FetchTarget, response: IncomingMessage) => Promise<T>,
): Promise<T> {
  let current = start;
  for (let redirects = 0; ; redirects += 1) {
    const target = await resolveFetchTarget(current, signal);
    const response = await get(target, signal);
    try {
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(response.statusCode ?? 0) && location) {
        if (redirects === MAX_REDIRECTS) throw refusal(`The page redirects more than ${MAX_REDIRECTS} times.`);
        current = parseUrl(location, current);
        continue;
      }
      return await read(target, response);
    } catch (error) {
      throw asRefusal(target.url, error);
    } finally {
      response.destroy();
    }
  }
}

async function readPage(target: FetchTarget, response: IncomingMessage): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    throw refusal(
      `Could not reach ${target.url.host}: the server answered ${status} ${response.statusMessage ?? ""}`.trimEnd() +
        ".",
    );
  }
  const header = response.headers["content-type"] ?? "";
  const contentType = (header.split(";")[0] ?? "").trim().toLowerCase();
  if (!ALLOWED_TYPES.has(contentType)) {
    throw refusal(
      `Unsupported content type ${contentType || "(none)"}: only HTML, plain text and Markdown pages can be imported.`,
    );
  }
  const bytes = await readLimitedBody(response, MAX_IMPORT_BYTES);
  return { finalUrl: target.url.href, contentType, body: decodeBody(bytes, header, contentType) };
}

/** One GET to the checked address: the pinned lookup makes the socket connect there and nowhere else. */
function get(target: FetchTarget, signal: AbortSignal): Promise<IncomingMessage> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const client = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(target.url, {
      signal,
      lookup: pinned,
      // A pooled keep-alive socket could still be connected to an address checked for another request.
      agent: false,
      headers: {
        "user-agent": "Factdesk article import",
        accept: "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    request.once("response", resolve);
    // `on`, not `once`: a late second error (after a destroy) must not go unhandled.
    request.on("error", (error) => reject(asRefusal(target.url, error)));
  });
}

function parseUrl(value: string, base?: URL): URL {
  const trimmed = value.trim();
  if (!URL.canParse(trimmed, base)) throw refusal(`Not a valid address: ${trimmed.slice(0, 200)}`);
  return new URL(trimmed, base);
}

/** Our own refusals pass through; network and stream errors become "Could not reach …". */
function asRefusal(url: URL, error: unknown): unknown {
  if (error instanceof DomainError) return error;
  if ((error as Error | undefined)?.name === "AbortError") return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? code ?? "the connection failed";
  return refusal(`Could not reach ${url.host}: ${reason}.`);
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: "the connection was refused",
  ECONNRESET: "the connection was closed by the server",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  EPROTO: "the secure connection failed",
  HPE_INVALID_CONSTANT: "the server's answer is not valid HTTP",
  CERT_HAS_EXPIRED: "its certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its certificate is self-signed",
  ERR_TLS_CERT_ALTNAME_INVALID: "its certificate is for another name",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its certificate could not be verified",
  Z_DATA_ERROR: "the compressed page is corrupt",
};

function refusal(message: string): InvalidInputError {
  return new InvalidInputError(message, { url: [message] });
}

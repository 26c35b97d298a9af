/**
 * A bearer-token client of /api/v1 for the simulated editors: every request is
 * bounded by a client timeout (an answer that never comes is a hang, counted
 * as a failure), timed, and recorded whatever happens.
 */
import { NO_RESPONSE, TIMED_OUT, type Op, type Recorder } from "./recorder";

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the checks read arbitrary JSON answers
  body: any;
}

export interface RequestOptions {
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export class ApiClient {
  constructor(
    private readonly baseUrls: string[],
    private readonly token: string,
    private readonly recorder: Recorder,
    private readonly timeoutMs: number,
  ) {}

  private turn = 0;

  /**
   * Sends one request to the next app instance (round robin, as a load balancer
   * would), so an editor's next request may land on another instance than the
   * write it follows. Never throws: no answer is status TIMED_OUT or NO_RESPONSE.
   */
  async send(op: Op, method: string, path: string, options: RequestOptions = {}): Promise<ApiAnswer> {
    const instance = this.turn++ % this.baseUrls.length;
    const headers = new Headers(options.headers);
    headers.set("Authorization", `Bearer ${this.token}`);
    headers.set("Accept", "application/json, application/ld+json, application/problem+json");
    let payload: string | undefined;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers.set("Content-Type", options.contentType ?? "application/json");
    }
    const start = performance.now();
    try {
      const response = await fetch(`${this.baseUrls[instance]}/api/v1${path}`, {
        method,
        headers,
        body: payload,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      this.recorder.sample({
        op,
        instance,
        status: response.status,
        start,
        end: performance.now(),
        retryAfter: response.headers.get("retry-after"),
      });
      return { status: response.status, headers: response.headers, body: parseJson(text) };
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError";
      const status = timedOut ? TIMED_OUT : NO_RESPONSE;
      this.recorder.sample({
        op,
        instance,
        status,
        start,
        end: performance.now(),
        retryAfter: null,
        error: describe(error),
      });
      return { status, headers: new Headers(), body: null };
    }
  }
}

function parseJson(text: string): unknown {
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [(error as Error).name, (error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(": ");
}

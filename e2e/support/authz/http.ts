/**
 * The matrix's HTTP client for the built app: signs personas in through
 * next-auth's credentials endpoint, calls server actions the way React does
 * (`POST <page>` with `Next-Action: <id>` and a body from React's own
 * encodeReply), calls route handlers with a session cookie or a bearer token,
 * and reduces every answer to one outcome: "ok", "401", "403", "404" or
 * another status code.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { actionResultOf } from "./flight";

/** React's client encoder, as the browser uses it (Next ships it compiled). */
const { encodeReply } = createRequire(path.join(process.cwd(), "package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as {
  encodeReply: (value: unknown[]) => Promise<string | FormData>;
};

/** "ok": allowed (2xx, 3xx other than to sign-in, ActionResult ok); "401": refused as signed out (incl. redirect to sign-in); else the status. */
export type Outcome = "ok" | "401" | "403" | "404" | `${number}`;

export interface Credentials {
  /** the `Cookie` header of a signed-in session */
  cookie?: string;
  /** an API token, sent as `Authorization: Bearer` */
  token?: string;
}

export interface Answer {
  outcome: Outcome;
  status: number;
  /** what the outcome was read from, for failure messages */
  detail: string;
  /** a route's body, or an action's return value as JSON */
  body: string;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in with email and password through next-auth's credentials callback; returns the session cookie. */
export async function signIn(baseURL: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: baseURL,
      cookie: cookiesOf(csrf).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/workspaces`, json: "true" }),
  });
  const session = cookiesOf(response).find((c) => /next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return session;
}

const toSignIn = (location: string | null) =>
  location !== null && new URL(location, "http://app.invalid").pathname === "/signin";

function outcomeOfStatus(status: number, location: string | null): Outcome {
  if (status >= 300 && status < 400) return toSignIn(location) ? "401" : "ok";
  if (status >= 200 && status < 300) return "ok";
  return `${status}`;
}

/** Runs a server action as the given persona: `args` exactly as the client passes them (bound arguments first). */
export async function callAction(
  baseURL: string,
  pagePath: string,
  actionId: string,
  args: unknown[],
  who: Credentials,
): Promise<Answer> {
  const body = await encodeReply(args);
  const headers: Record<string, string> = { "next-action": actionId, accept: "text/x-component", origin: baseURL };
  if (who.cookie) headers.cookie = who.cookie;
  if (typeof body === "string") headers["content-type"] = "text/plain;charset=UTF-8";
  const response = await fetch(`${baseURL}${pagePath}`, { method: "POST", redirect: "manual", headers, body });
  const text = await response.text();
  const where = `${response.status} POST ${pagePath}`;
  if (response.headers.get("x-nextjs-action-not-found"))
    throw new Error(`the server does not know action ${actionId} (${where}): is .next built from this tree?`);
  const redirect = response.headers.get("x-action-redirect");
  if (redirect)
    return {
      outcome: toSignIn(redirect.split(";")[0]!) ? "401" : "ok",
      status: response.status,
      detail: `${where} → redirect ${redirect}`,
      body: "",
    };
  if (response.status >= 300 && response.status < 400)
    return {
      outcome: outcomeOfStatus(response.status, response.headers.get("location")),
      status: response.status,
      detail: `${where} → ${response.headers.get("location")}`,
      body: "",
    };
  if (!(response.headers.get("content-type") ?? "").includes("text/x-component")) {
    // no Flight answer, so the action did not run: never "ok" (a 2xx stays its bare status)
    return {
      outcome: `${response.status}`,
      status: response.status,
      detail: `${where} (${response.headers.get("content-type")}) ${text.slice(0, 200)}`,
      body: text,
    };
  }
  const result = actionResultOf(text) as
    { ok?: boolean; status?: number; error?: string; thrown?: unknown } | undefined;
  const json = JSON.stringify(result) ?? "undefined";
  if (result?.ok === true) return { outcome: "ok", status: response.status, detail: `${where} ok`, body: json };
  if (result?.ok === false && typeof result.status === "number")
    return {
      outcome: `${result.status}`,
      status: response.status,
      detail: `${where} ActionResult ${result.status}: ${result.error}`,
      body: json,
    };
  // an action that returns nothing, or that threw (Next answers 500 with an error row)
  return {
    outcome: response.status === 200 ? "ok" : `${response.status}`,
    status: response.status,
    detail: `${where} ${json.slice(0, 300)}`,
    body: json,
  };
}

export interface RouteRequest {
  method: string;
  path: string;
  /** JSON (sent as application/json) or a ready body with its own content type */
  json?: unknown;
  body?: { contentType: string; data: string };
  headers?: Record<string, string>;
}

/** Calls a route handler. Long-lived answers (event streams) are read only up to their headers. */
export async function callRoute(baseURL: string, request: RouteRequest, who: Credentials): Promise<Answer> {
  const headers: Record<string, string> = { origin: baseURL, ...request.headers };
  if (who.cookie) headers.cookie = who.cookie;
  if (who.token) headers.authorization = `Bearer ${who.token}`;
  let body: string | undefined;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  } else if (request.body) {
    headers["content-type"] = request.body.contentType;
    body = request.body.data;
  }
  const abort = new AbortController();
  const response = await fetch(`${baseURL}${request.path}`, {
    method: request.method,
    redirect: "manual",
    headers,
    body,
    signal: abort.signal,
  });
  const where = `${response.status} ${request.method} ${request.path}`;
  let text = "";
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) abort.abort();
  else text = await response.text();
  return {
    outcome: outcomeOfStatus(response.status, response.headers.get("location")),
    status: response.status,
    detail: `${where} ${text.slice(0, 300)}`,
    body: text,
  };
}

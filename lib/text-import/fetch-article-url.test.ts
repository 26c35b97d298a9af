import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { fetchArticleUrl } from "./fetch-article-url";

// DNS stays real except for one test name, which lets a test see where the socket really connects.
vi.mock("node:dns/promises", async (importOriginal) => {
  const dns = await importOriginal<typeof import("node:dns/promises")>();
  const lookup = (async (host: string, options: object) =>
    host === "pinned.test"
      ? [{ address: "127.0.0.1", family: 4 }]
      : dns.lookup(host, options as never)) as typeof dns.lookup;
  return { ...dns, lookup, default: { ...dns, lookup } };
});

const ARTICLE = "<html><head><title>Local story</title></head><body><p>Body text.</p></body></html>";

function streamForever(response: ServerResponse): void {
  response.writeHead(200, { "content-type": "text/html" });
  const chunk = Buffer.alloc(64 * 1024, "a");
  const write = () => {
    while (!response.destroyed && response.write(chunk));
  };
  response.on("drain", write);
  write();
}

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  "/article": (_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE),
  "/plain": (_, res) => res.writeHead(200, { "content-type": "text/plain" }).end("Plain text."),
  "/latin1": (_, res) =>
    res
      .writeHead(200, { "content-type": "text/html; charset=iso-8859-1" })
      .end(Buffer.from("<p>caf\u00e9</p>", "latin1")),
  "/meta-charset": (_, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x68, 0x69, 0x94])])),
  "/gzip": (_, res) =>
    res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync("Compressed text.")),
  "/css": (_, res) => res.writeHead(200, { "content-type": "text/css" }).end("p { color: red }"),
  "/untyped": (_, res) => res.end("what am I"),
  "/big": (_, res) => streamForever(res),
  "/big-declared": (_, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(6 * 1024 * 1024) });
    res.write("<p>start</p>");
  },
  "/hang": () => {},
  "/missing": (_, res) => res.writeHead(404).end(),
  "/redirect-ok": (_, res) => res.writeHead(301, { location: "/article" }).end(),
  "/redirect-private": (_, res) => res.writeHead(302, { location: "http://10.0.0.1/admin" }).end(),
  "/redirect-metadata": (_, res) => res.writeHead(307, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/loop": (_, res) => res.writeHead(302, { location: "/loop" }).end(),
};

let server: http.Server;
let port: number;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) =>
    (routes[new URL(req.url ?? "/", "http://x").pathname] ?? routes["/missing"]!)(req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const allowLocal = () => vi.stubEnv("IMPORT_ALLOWED_HOSTS", `example.org, 127.0.0.1:${port}`);

describe("fetchArticleUrl, allowed host", () => {
  it("fetches a page from a host named in IMPORT_ALLOWED_HOSTS", async () => {
    allowLocal();
    await expect(fetchArticleUrl(`${base}/article`)).resolves.toEqual({
      finalUrl: `${base}/article`,
      contentType: "text/html",
      body: ARTICLE,
    });
  });

  it("follows redirects on the allowed host and reports the final address", async () => {
    allowLocal();
    const page = await fetchArticleUrl(`${base}/redirect-ok`);
    expect(page.finalUrl).toBe(`${base}/article`);
  });

  it("decodes by the Content-Type charset, a <meta charset>, or gzip", async () => {
    allowLocal();
    expect((await fetchArticleUrl(`${base}/latin1`)).body).toBe("<p>caf\u00e9</p>");
    expect((await fetchArticleUrl(`${base}/meta-charset`)).body).toContain("\u201chi\u201d");
    expect(await fetchArticleUrl(`${base}/gzip`)).toMatchObject({
      contentType: "text/plain",
      body: "Compressed text.",
    });
  });

  it("connects to the address it checked, not to a second DNS answer", async () => {
    // pinned.test resolves only through the checked lookup; the system resolver does not know it.
    vi.stubEnv("IMPORT_ALLOWED_HOSTS", `pinned.test:${port}`);
    await expect(fetchArticleUrl(`http://pinned.test:${port}/plain`)).resolves.toMatchObject({ body: "Plain text." });
  });
});

describe("fetchArticleUrl refusals", () => {
  async function refusal(url: string, options?: { timeoutMs: number }): Promise<string> {
    const error = await fetchArticleUrl(url, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).message;
  }

  it("refuses the local server when it is not allow-listed", async () => {
    expect(await refusal(`${base}/article`)).toBe("The address resolves to a private network address.");
    expect(await refusal(`http://localhost:${port}/article`)).toBe(
      "The address resolves to a private network address.",
    );
  });

  it.each([
    "http://[::1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://100.64.0.1",
    "http://0.0.0.0",
    "http://[::ffff:127.0.0.1]",
    "http://2130706433/",
    "http://0x7f.1/",
  ])("refuses %s without connecting", async (url) => {
    const get = vi.spyOn(http, "get");
    expect(await refusal(url)).toBe("The address resolves to a private network address.");
    expect(get).not.toHaveBeenCalled();
  });

  it.each(["ftp://example.org/file.txt", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi"])(
    "refuses %s",
    async (url) => {
      expect(await refusal(url)).toMatch(/^Only http and https addresses can be imported/);
    },
  );

  it("refuses a malformed address", async () => {
    expect(await refusal("not a url")).toMatch(/^Not a valid address/);
  });

  it("re-checks every redirect: to a private address, to cloud metadata", async () => {
    allowLocal();
    expect(await refusal(`${base}/redirect-private`)).toBe("The address resolves to a private network address.");
    expect(await refusal(`${base}/redirect-metadata`)).toBe("The address resolves to a private network address.");
  });

  it("stops after five redirects", async () => {
    allowLocal();
    expect(await refusal(`${base}/loop`)).toBe("The page redirects more than 5 times.");
  });

  it("gives up on a server that never answers", async () => {
    allowLocal();
    const started = Date.now();
    expect(await refusal(`${base}/hang`, { timeoutMs: 200 })).toBe("The server did not answer within 0.2 seconds.");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("aborts a chunked body without Content-Length past 5 MB", async () => {
    allowLocal();
    expect(await refusal(`${base}/big`)).toBe("The page is larger than 5 MB.");
  });

  it("refuses a declared Content-Length over 5 MB before reading", async () => {
    allowLocal();
    expect(await refusal(`${base}/big-declared`)).toBe("The page is larger than 5 MB.");
  });

  it("refuses content types other than HTML, plain text and Markdown", async () => {
    allowLocal();
    expect(await refusal(`${base}/css`)).toBe(
      "Unsupported content type text/css: only HTML, plain text and Markdown pages can be imported.",
    );
    expect(await refusal(`${base}/untyped`)).toMatch(/^Unsupported content type \(none\)/);
  });

  it("reports HTTP errors and unreachable servers in words", async () => {
    allowLocal();
    expect(await refusal(`${base}/missing`)).toBe(
      `Could not reach 127.0.0.1:${port}: the server answered 404 Not Found.`,
    );
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    vi.stubEnv("IMPORT_ALLOWED_HOSTS", `127.0.0.1:${closedPort}`);
    expect(await refusal(`http://127.0.0.1:${closedPort}/`)).toBe(
      `Could not reach 127.0.0.1:${closedPort}: the connection was refused.`,
    );
    expect(await refusal("http://no-such-host.invalid/")).toBe(
      "Could not reach no-such-host.invalid: the name does not exist.",
    );
  });
});

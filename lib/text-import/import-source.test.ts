import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { extractArticle } from "./import-source";
import { articleParagraphs, escapeHtml, newsPage } from "@/test/support/news-page";

const utf8 = (text: string) => new TextEncoder().encode(text);
const [first] = articleParagraphs();
const paragraphs = first!.paragraphs;

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/story")
      res.writeHead(200, { "content-type": "text/html" }).end(newsPage("Kyiv strikes draw rebuke", paragraphs));
    else if (req.url === "/notes.md")
      res.writeHead(200, { "content-type": "text/markdown" }).end("# Notes\n\nSome *notes*.");
    else if (req.url === "/old") res.writeHead(301, { location: "/story" }).end();
    else res.writeHead(200, { "content-type": "text/plain" }).end("   \n  ");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => vi.unstubAllEnvs());

describe("extractArticle", () => {
  it("pasted text: canonical text, first line as title", async () => {
    await expect(extractArticle({ kind: "text", text: "Headline here\r\n\r\n\r\nBody  \r\n" })).resolves.toEqual({
      text: "Headline here\n\nBody",
      suggested: { title: "Headline here" },
    });
  });

  it("uploaded files by format", async () => {
    const html = newsPage("Kyiv strikes draw rebuke", paragraphs);
    const fromHtml = await extractArticle({ kind: "file", name: "story.html", type: "text/html", bytes: utf8(html) });
    expect(fromHtml.text).toContain(paragraphs.join("\n\n"));
    expect(fromHtml.suggested).toMatchObject({
      title: "Kyiv strikes draw rebuke",
      outlet: "The Daily Example",
      publishedAt: "2025-04-24T09:30:00.000Z",
    });
    const fromMarkdown = await extractArticle({
      kind: "file",
      name: "notes.md",
      type: "",
      bytes: utf8("# Notes\n\nSome *notes*."),
    });
    expect(fromMarkdown).toEqual({ text: "Notes\n\nSome notes.", suggested: { title: "Notes" } });
    const fromText = await extractArticle({
      kind: "file",
      name: "story.txt",
      type: "text/plain",
      bytes: utf8(paragraphs.join("\n")),
    });
    expect(fromText.text).toBe(paragraphs.join("\n"));
  });

  it("a URL: fetched, extracted by content type, with the final address suggested", async () => {
    vi.stubEnv("IMPORT_ALLOWED_HOSTS", new URL(base).host);
    const article = await extractArticle({ kind: "url", url: `${base}/old` });
    expect(article.text).toContain(paragraphs.join("\n\n"));
    expect(article.suggested).toMatchObject({
      url: `${base}/story`,
      title: "Kyiv strikes draw rebuke",
      author: "Jane Reporter",
      language: "en-GB",
    });
    await expect(extractArticle({ kind: "url", url: `${base}/notes.md` })).resolves.toEqual({
      text: "Notes\n\nSome notes.",
      suggested: { title: "Notes", url: `${base}/notes.md` },
    });
  });

  it("refuses an article that is empty once canonical, on the source's field", async () => {
    for (const source of [
      { kind: "text", text: " \n\t " },
      { kind: "file", name: "a.html", type: "", bytes: utf8("<script>only()</script><nav>menu</nav>") },
    ] as const) {
      const error = await extractArticle(source).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message).toBe("The article has no text.");
      expect((error as InvalidInputError).fieldErrors[source.kind]).toEqual(["The article has no text."]);
    }
    vi.stubEnv("IMPORT_ALLOWED_HOSTS", new URL(base).host);
    await expect(extractArticle({ kind: "url", url: `${base}/blank` })).rejects.toThrow("The article has no text.");
  });

  it("passes refusals through", async () => {
    await expect(extractArticle({ kind: "file", name: "a.pdf", type: "", bytes: utf8("x") })).rejects.toThrow(
      InvalidInputError,
    );
    await expect(extractArticle({ kind: "text", text: "a".repeat(5 * 1024 * 1024 + 1) })).rejects.toThrow(
      PayloadTooLargeError,
    );
    await expect(extractArticle({ kind: "url", url: "http://169.254.169.254/" })).rejects.toThrow(
      "private network address",
    );
  });

  it("never leaves undefined keys in the suggestions", async () => {
    const { suggested } = await extractArticle({
      kind: "file",
      name: "a.html",
      type: "",
      bytes: utf8(`<p>${escapeHtml(paragraphs[0]!)}</p>`),
    });
    expect(Object.values(suggested)).not.toContain(undefined);
  });
});

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { importArticle, importArticleVersionFrom } from "@/lib/articles/import-article";
import { createWorkspaceWithMembers } from "@/prisma/factories";
import { readTestArticle } from "@/test/articles/test-articles";

const articleFile = "depot-blast-northwire.txt";
const articleBytes = new TextEncoder().encode(readTestArticle("depot-blast-northwire"));
const encode = (text: string) => new TextEncoder().encode(text);

let server: Server;
let origin: string;
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    if (req.url === "/story.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<html lang="en"><head><title>River story</title><script>alert(1)</script></head><body><nav>Home | World</nav><article><h1>River story</h1><p>At least 12 people were killed, officials said.</p><p>Crews evacuated about 3,400 residents.</p></article></body></html>`,
      );
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.IMPORT_ALLOWED_HOSTS = new URL(origin).host;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function articleCount(workspaceId: string) {
  return db.article.count({ where: { workspaceId } });
}

describe("importArticle", () => {
  it("pasted text: first line offered as title, canonical text stored as version 1", async () => {
    const { actors } = await createWorkspaceWithMembers();
    const { id } = await importArticle(
      actors.EDITOR,
      { kind: "text", text: "Flood title\r\n\r\nAt least 12 died." },
      {},
    );
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(article.title).toBe("Flood title");
    expect(article.versions[0]!.text).toBe("Flood title\n\nAt least 12 died.");
  });

  it("an uploaded .txt keeps its text; an edited title wins over the suggestion", async () => {
    const { actors } = await createWorkspaceWithMembers();
    const { id } = await importArticle(
      actors.EDITOR,
      { kind: "file", name: articleFile, type: "text/plain", bytes: articleBytes },
      { title: "Blast at Marenburg depot", outlet: "Northwire" },
    );
    const version = await db.articleVersion.findFirstOrThrow({ where: { articleId: id } });
    expect(version.text).toContain("killed at least 12 people and injured 90 others");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe("Blast at Marenburg depot");
  });

  it("a URL on an allowed local server: readable text only, the URL kept", async () => {
    const { actors } = await createWorkspaceWithMembers();
    const { id } = await importArticle(actors.EDITOR, { kind: "url", url: `${origin}/story.html` }, {});
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(article).toMatchObject({ title: "River story", url: `${origin}/story.html` });
    expect(article.versions[0]!.text).toContain("At least 12 people were killed");
    expect(article.versions[0]!.text).not.toMatch(/alert|Home \| World/);
  });

  it.each([
    ["empty text", { kind: "text" as const, text: "  \n\n " }, InvalidInputError],
    ["text with a NUL character", { kind: "text" as const, text: "At least 12\u0000 died." }, InvalidInputError],
    [
      "a binary file",
      {
        kind: "file" as const,
        name: "x.txt",
        type: "text/plain",
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]),
      },
      InvalidInputError,
    ],
    [
      "an unsupported type",
      { kind: "file" as const, name: "x.pdf", type: "application/pdf", bytes: encode("%PDF-1.4") },
      InvalidInputError,
    ],
    [
      "an oversize file",
      {
        kind: "file" as const,
        name: "big.txt",
        type: "text/plain",
        bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(65),
      },
      PayloadTooLargeError,
    ],
    ["a missing page", { kind: "url" as const, url: "http://127.0.0.1:1/nothing" }, InvalidInputError],
    ["a private address", { kind: "url" as const, url: "http://10.1.2.3/story" }, InvalidInputError],
  ])("refuses %s and stores nothing", async (_what, source, errorClass) => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    await expect(importArticle(actors.EDITOR, source, {})).rejects.toThrow(errorClass);
    expect(await articleCount(workspace.id)).toBe(0);
  });

  it("a viewer is refused before anything is fetched", async () => {
    const { workspace, actors } = await createWorkspaceWithMembers();
    const before = requests;
    await expect(importArticle(actors.VIEWER, { kind: "url", url: `${origin}/story.html` }, {})).rejects.toThrow(
      ForbiddenError,
    );
    expect(requests).toBe(before);
    expect(await articleCount(workspace.id)).toBe(0);
  });
});

describe("importArticleVersionFrom", () => {
  it("same text makes no version; changed text makes version 2", async () => {
    const { actors } = await createWorkspaceWithMembers();
    const { id } = await importArticle(actors.EDITOR, { kind: "text", text: "Title\n\nAt least 12 died." }, {});
    expect(
      await importArticleVersionFrom(actors.EDITOR, id, { kind: "text", text: "Title\n\nAt least 12 died." }),
    ).toMatchObject({ created: false });
    expect(
      await importArticleVersionFrom(actors.EDITOR, id, { kind: "text", text: "Title\n\nAt least 19 died." }),
    ).toMatchObject({ created: true, versionNumber: 2 });
  });
});

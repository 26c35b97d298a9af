/**
 * A cited source that goes offline or changes, against a real database and a
 * local news site: the periodic check tells the authors of the verdicts that
 * cite it now, once per turn, in their inbox and by email, and nobody whose
 * verdict no longer cites it.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { CreateVerdictInputSchema, ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createClaimRecord, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import type { Actor } from "@/lib/policy/actor";
import { checkSources } from "./check-sources";

// A local news site whose pages the test takes down and edits.
const pages = new Map<string, string>();
let server: Server;
let origin: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const words = pages.get(req.url ?? "");
    if (words === undefined) return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<html><head><title>Statement</title></head><body><article><h1>Statement</h1><p>${words}</p></article></body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.IMPORT_ALLOWED_HOSTS = new URL(origin).host;
});
afterAll(async () => {
  delete process.env.IMPORT_ALLOWED_HOSTS;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let n = 0;
function servePage(words: string): string {
  const path = `/statement/${++n}`;
  pages.set(path, words);
  return `${origin}${path}`;
}

async function verdictCiting(ws: TestWorkspace, author: Actor, statement: string, url: string) {
  const claim = await createClaimRecord(author, { statement });
  const verdict = await createVerdict(
    author,
    CreateVerdictInputSchema.parse({
      claimId: claim.id,
      ratingKey: "MOSTLY_ACCURATE",
      summary: "The ministry's statement confirms it.",
      evidence: [{ url, title: "Ministry statement" }],
    }),
  );
  return { claim, verdict };
}

const inbox = (userId: string) =>
  db.notification.findMany({ where: { userId, kind: "SOURCE_UNAVAILABLE" }, orderBy: { createdAt: "asc" } });
const check = (ws: TestWorkspace) => checkSources({ workspaceId: ws.workspace.id });

describe("a cited source that goes offline or changes", () => {
  it("notifies the authors whose verdicts cite it now, once per turn, naming their claims", async () => {
    const ws = await createWorkspaceWithMembers();
    const url = servePage("At least 12 people were killed, the ministry said.");
    const elsewhere = servePage("The regional office confirmed the toll.");
    const editor = ws.actors.EDITOR;
    await verdictCiting(ws, editor, "At least 12 people were killed in Kharkiv", url);
    await verdictCiting(ws, editor, "The ministry confirmed the toll", url);
    // the admin cited it, then revised the verdict to cite another page: their verdict no longer relies on it
    const revised = await verdictCiting(ws, ws.actors.ADMIN, "The strike hit a school", url);
    await reviseVerdict(
      ws.actors.ADMIN,
      ReviseVerdictInputSchema.parse({
        verdictId: revised.verdict.id,
        lockVersion: 1,
        ratingKey: "MOSTLY_ACCURATE",
        summary: "The regional office confirms it.",
        evidence: [{ url: elsewhere, title: "Regional office" }],
      }),
    );
    await check(ws); // preserved and LIVE: nobody is told anything
    expect(await inbox(editor.userId)).toEqual([]);

    pages.delete(new URL(url).pathname);
    const run = await check(ws);
    expect(run.turned).toEqual([expect.objectContaining({ url, health: "DEAD" })]);
    const [offline, ...others] = await inbox(editor.userId);
    expect(others).toEqual([]);
    expect(offline!.title).toBe(`A source you cite is offline: ${new URL(url).host}`);
    expect(offline!.body).toContain(`The page ${url} no longer answers (404)`);
    expect(offline!.body).toContain("Your verdicts cite it as evidence");
    expect(offline!.body).toContain("“At least 12 people were killed in Kharkiv”");
    expect(offline!.body).toContain("“The ministry confirmed the toll”");
    const snapshot = await db.sourceSnapshot.findFirstOrThrow({ where: { workspaceId: ws.workspace.id, url } });
    expect(offline!.link).toBe(`/w/${ws.workspace.slug}/sources/${snapshot.id}`);
    expect(await inbox(ws.actors.ADMIN.userId)).toEqual([]);
    const editorEmail = (await db.user.findUniqueOrThrow({ where: { id: editor.userId } })).email;
    expect(await db.emailMessage.count({ where: { to: editorEmail, subject: offline!.title } })).toBe(1);

    // still offline on the next check: no second notification
    await check(ws);
    expect(await inbox(editor.userId)).toHaveLength(1);

    // back, then edited: a new turn, worded as a change
    pages.set(new URL(url).pathname, "At least 12 people were killed, the ministry said.");
    await check(ws);
    pages.set(new URL(url).pathname, "At least 19 people were killed, the ministry said.");
    await check(ws);
    const [, changed] = await inbox(editor.userId);
    expect(changed!.title).toBe(`A source you cite changed: ${new URL(url).host}`);
    expect(changed!.body).toContain(`The page ${url} changed since it was preserved`);
  });

  it("of a deleted claim's verdict, or of no verdict, notifies nobody", async () => {
    const ws = await createWorkspaceWithMembers();
    const url = servePage("The mayor announced the closure.");
    const { claim } = await verdictCiting(ws, ws.actors.EDITOR, "The mayor closed the bridge", url);
    await check(ws);
    await db.claim.update({ where: { id: claim.id }, data: { deletedAt: new Date() } });
    pages.delete(new URL(url).pathname);
    expect((await check(ws)).turned).toHaveLength(1);
    expect(await inbox(ws.actors.EDITOR.userId)).toEqual([]);
  });
});

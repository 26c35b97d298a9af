import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createVerdict } from "@/lib/verdicts/create-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { createReport } from "@/lib/reports/create-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { publishReport } from "@/lib/reports/publish-report";
import { importArticle } from "@/lib/articles/import-article";
import { eventually, startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { createArticle, createClaimRecord, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { claimPhrase } from "@/test/support/claim-phrase";
import { detectConflicts } from "@/lib/conflicts/detect-conflicts";
import { resolveConflict } from "@/lib/conflicts/resolve-conflict";
import { ResolveConflictInputSchema } from "@/lib/conflicts/schemas";
import { preserveSource } from "./preserve-source";
import { checkSources, runSourceCheck } from "./check-sources";
import { sha256HexOf } from "./readable-text";
import { findSources } from "./find-sources";
import { getSource } from "./get-source";
import { getPublicSourceCopy } from "@/lib/publishing/get-public-source-copy";
import { findSnapshotsForUrls } from "./find-snapshots-for-urls";
import { requestSourceCheck } from "./request-source-check";

// A local news site whose pages the tests change: what a cited source does after it was cited.
const pages = new Map<string, { status: number; type: string; body: string | Buffer }>();
const article = (title: string, words: string) =>
  `<html><head><title>${title}</title></head><body><nav>Home</nav><article><h1>${title}</h1><p>${words}</p></article></body></html>`;
let server: Server;
let origin: string;
let jobs: TestJobs;

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) return void res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    res.writeHead(page.status, { "content-type": page.type }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.IMPORT_ALLOWED_HOSTS = new URL(origin).host;
});
afterAll(async () => {
  await jobs?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let n = 0;
/** A page of its own on the local site, serving `words`. */
function servePage(words: string, title = "Ministry statement"): string {
  const path = `/news/${++n}`;
  pages.set(path, { status: 200, type: "text/html; charset=utf-8", body: article(title, words) });
  return `${origin}${path}`;
}

async function draftWithEvidence(ws: TestWorkspace, urls: string[], claimId?: string) {
  const claim = claimId ?? (await createClaimRecord(ws.actors.EDITOR)).id;
  const evidence = urls.map((url, i) => ({ url, title: `Source ${i + 1}` }));
  const verdict = await createVerdict(
    ws.actors.EDITOR,
    CreateVerdictInputSchema.parse({
      claimId: claim,
      ratingKey: "MOSTLY_ACCURATE",
      summary: "The ministry confirmed the figure.",
      evidence,
    }),
  );
  return { claimId: claim, verdictId: verdict.id };
}

const snapshotOf = (workspaceId: string, url: string) =>
  db.sourceSnapshot.findUnique({ where: { workspaceId_url: { workspaceId, url } } });

describe("citing a source", () => {
  it("adding evidence writes the snapshot row with the verdict (nothing fetched yet without a job runner); a refused verdict writes none", async () => {
    const ws = await createWorkspaceWithMembers();
    const url = servePage("At least 12 people died.");
    await draftWithEvidence(ws, [url, url]);
    expect(await db.sourceSnapshot.findMany({ where: { workspaceId: ws.workspace.id } })).toEqual([
      expect.objectContaining({ url, fetchedAt: null, attempts: 0, health: "UNCHECKED" }),
    ]);

    const other = servePage("Another page.");
    await expect(
      createVerdict(
        ws.actors.EDITOR,
        CreateVerdictInputSchema.parse({
          claimId: "c".repeat(25),
          ratingKey: "MOSTLY_ACCURATE",
          summary: "Never stored at all.",
          evidence: [{ url: other, title: "x" }],
        }),
      ),
    ).rejects.toThrow(NotFoundError);
    expect(await snapshotOf(ws.workspace.id, other)).toBeNull();
  });

  it("citing the same URL again keeps the one row; another workspace gets its own", async () => {
    const [a, b] = [await createWorkspaceWithMembers(), await createWorkspaceWithMembers()];
    const url = servePage("Shared source.");
    await draftWithEvidence(a, [url]);
    const first = await snapshotOf(a.workspace.id, url);
    await draftWithEvidence(a, [url]);
    await draftWithEvidence(b, [url]);
    expect(await db.sourceSnapshot.count({ where: { url } })).toBe(2);
    expect((await snapshotOf(a.workspace.id, url))!.id).toBe(first!.id);
  });

  it("a conflict resolution's evidence is preserved too", async () => {
    const ws = await createWorkspaceWithMembers();
    const toll = async (words: string, n: number, qualifier: "AT_LEAST" | "EXACT") => {
      const article = await createArticle(ws.actors.EDITOR, {
        text: `Officials said ${words} ${n} people were killed in the night.`,
      });
      const { claim } = await claimPhrase(ws.actors.EDITOR, article, `${n} people were killed`, {
        metric: "killed",
        valueLow: n,
        qualifier,
        eventLabel: "Strike",
        eventDate: "2025-04-24",
        eventPlace: "Kyiv",
      });
      return claim;
    };
    const [a, b] = [await toll("at least", 12, "AT_LEAST"), await toll("exactly", 9, "EXACT")];
    await detectConflicts(ws.actors.EDITOR);
    const conflict = await db.conflict.findFirstOrThrow({ where: { workspaceId: ws.workspace.id } });
    const url = servePage("Police: at least 12 died.");
    await resolveConflict(
      ws.actors.REVIEWER,
      ResolveConflictInputSchema.parse({
        conflictId: conflict.id,
        holds: [
          { claimId: a.id, holds: true },
          { claimId: b.id, holds: false },
        ],
        resolution: "The police statement gives at least 12 dead.",
        evidence: [{ url, title: "Police statement" }],
      }),
    );
    expect(await snapshotOf(ws.workspace.id, url)).toMatchObject({ url, fetchedAt: null });
  });

  it("importing an article by URL preserves that URL too", async () => {
    const ws = await createWorkspaceWithMembers();
    const url = servePage("Crews evacuated about 3,400 residents after the river rose.", "River story");
    await importArticle(ws.actors.EDITOR, { kind: "url", url }, {});
    expect(await snapshotOf(ws.workspace.id, url)).toMatchObject({ url, fetchedAt: null });
  });
});

describe("the preserve job and the periodic check", () => {
  beforeAll(async () => {
    jobs = await startTestJobRunner({ retryDelaySeconds: 1 });
  });

  it("stores the readable text, its SHA-256, status, type and title; the check then flags CHANGED, then DEAD", async () => {
    const ws = await createWorkspaceWithMembers();
    const url = servePage("At least 12 people were killed, the ministry said.");
    await draftWithEvidence(ws, [url]);
    const stored = await eventually(async () => {
      const s = await snapshotOf(ws.workspace.id, url);
      return s?.fetchedAt ? s : null;
    }, "the preserve job");
    expect(stored).toMatchObject({
      httpStatus: 200,
      contentType: "text/html",
      title: "Ministry statement",
      health: "LIVE",
      error: null,
      attempts: 1,
    });
    expect(stored.text).toContain("At least 12 people were killed, the ministry said.");
    expect(stored.text).not.toContain("Home");
    expect(stored.contentHash).toBe(sha256HexOf(stored.text!));

    // unchanged: LIVE
    await checkSources({ workspaceId: ws.workspace.id });
    expect(await snapshotOf(ws.workspace.id, url)).toMatchObject({
      health: "LIVE",
      checkStatus: 200,
      checkHash: stored.contentHash,
    });

    // the page is edited: CHANGED, the preserved copy untouched
    pages.set(new URL(url).pathname, {
      status: 200,
      type: "text/html",
      body: article("Ministry statement", "At least 19 people were killed, the ministry said."),
    });
    const changed = await checkSources({ workspaceId: ws.workspace.id });
    expect(changed.turned).toEqual([expect.objectContaining({ url, health: "CHANGED" })]);
    const afterChange = (await snapshotOf(ws.workspace.id, url))!;
    expect(afterChange).toMatchObject({
      health: "CHANGED",
      checkStatus: 200,
      text: stored.text,
      contentHash: stored.contentHash,
    });
    expect(afterChange.checkHash).not.toBe(stored.contentHash);

    // the page is taken down: DEAD
    pages.delete(new URL(url).pathname);
    await checkSources({ workspaceId: ws.workspace.id });
    expect(await snapshotOf(ws.workspace.id, url)).toMatchObject({
      health: "DEAD",
      checkStatus: 404,
      text: stored.text,
    });
  });

  it("a source answering 404 at citation is preserved as dead; a PDF keeps the hash of its bytes", async () => {
    const ws = await createWorkspaceWithMembers();
    const gone = `${origin}/never-there-${++n}`;
    const pdfBytes = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF");
    pages.set(`/report-${++n}.pdf`, { status: 200, type: "application/pdf", body: pdfBytes });
    const pdf = `${origin}/report-${n}.pdf`;
    await draftWithEvidence(ws, [gone, pdf]);
    const done = async (url: string) =>
      eventually(
        async () => (await snapshotOf(ws.workspace.id, url))?.fetchedAt && snapshotOf(ws.workspace.id, url),
        `preservation of ${url}`,
      );
    expect(await done(gone)).toMatchObject({ httpStatus: 404, health: "DEAD", text: null, contentHash: null });
    expect(await done(pdf)).toMatchObject({
      httpStatus: 200,
      contentType: "application/pdf",
      text: null,
      contentHash: sha256HexOf(pdfBytes),
      health: "LIVE",
    });
  });

  it("no answer: the error and the attempt are recorded and the job is retried; a later check of a still-unreachable source marks it DEAD", async () => {
    const ws = await createWorkspaceWithMembers();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    process.env.IMPORT_ALLOWED_HOSTS = `${new URL(origin).host},127.0.0.1:${port}`;
    const url = `http://127.0.0.1:${port}/gone`;
    await draftWithEvidence(ws, [url]);
    const failed = await eventually(async () => {
      const s = await snapshotOf(ws.workspace.id, url);
      return s && s.attempts >= 2 ? s : null;
    }, "two tries");
    expect(failed).toMatchObject({ fetchedAt: null, health: "UNCHECKED" });
    expect(failed.error).toMatch(/refused/);
    await checkSources({ workspaceId: ws.workspace.id });
    expect(await snapshotOf(ws.workspace.id, url)).toMatchObject({
      health: "DEAD",
      checkStatus: null,
      checkError: expect.stringMatching(/refused/),
    });
  });

  it("a whole check run covers each of the workspace's sources once, and stops when its time budget is spent", async () => {
    const ws = await createWorkspaceWithMembers();
    await db.sourceSnapshot.createMany({
      data: [servePage("one"), servePage("two"), servePage("three")].map((url) => ({
        workspaceId: ws.workspace.id,
        url,
      })),
    });
    expect(await runSourceCheck({ workspaceId: ws.workspace.id }, -1)).toBe(0);
    expect(await runSourceCheck({ workspaceId: ws.workspace.id })).toBe(3);
    expect(await db.sourceSnapshot.count({ where: { workspaceId: ws.workspace.id, checkedAt: null } })).toBe(0);
  });

  it("preserveSource of a preserved or unknown snapshot does nothing", async () => {
    expect(await preserveSource("x".repeat(25))).toBe("skipped");
  });
});

describe("who may read and check", () => {
  it("members read their workspace's sources (list by health, one with its text); outsiders get NotFound", async () => {
    const [ws, outsider] = [await createWorkspaceWithMembers(), await createWorkspaceWithMembers()];
    // written directly: this file's runner would fetch a cited source and change its health meanwhile
    const url = servePage("Readable words.");
    const row = await db.sourceSnapshot.create({ data: { workspaceId: ws.workspace.id, url, health: "DEAD" } });
    expect((await findSources(ws.actors.VIEWER, { pageSize: 10 })).items.map((s) => s.url)).toEqual([url]);
    expect((await findSources(ws.actors.VIEWER, { pageSize: 10, health: "LIVE" })).items).toEqual([]);
    expect((await findSources(ws.actors.VIEWER, { pageSize: 10, health: "DEAD" })).items).toHaveLength(1);
    expect(await getSource(ws.actors.VIEWER, row.id)).toMatchObject({ id: row.id, url });
    await expect(getSource(outsider.actors.ADMIN, row.id)).rejects.toThrow(NotFoundError);
    expect((await findSources(outsider.actors.ADMIN, { pageSize: 10 })).items).toEqual([]);
  });

  it("pages by address", async () => {
    const ws = await createWorkspaceWithMembers();
    const urls = [servePage("a"), servePage("b"), servePage("c")];
    await draftWithEvidence(ws, urls);
    const first = await findSources(ws.actors.VIEWER, { pageSize: 2 });
    const second = await findSources(ws.actors.VIEWER, { pageSize: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((s) => s.url)).toEqual([...urls].sort());
    expect(second.nextCursor).toBeNull();
  });

  it("only admins may ask for a check now; it is audited", async () => {
    const ws = await createWorkspaceWithMembers();
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const)
      await expect(requestSourceCheck(ws.actors[role])).rejects.toThrow(ForbiddenError);
    expect(
      await db.auditEvent.count({ where: { workspaceId: ws.workspace.id, action: "sources.check_requested" } }),
    ).toBe(0);
    await requestSourceCheck(ws.actors.ADMIN);
    expect(
      await db.auditEvent.findFirst({ where: { workspaceId: ws.workspace.id, action: "sources.check_requested" } }),
    ).toMatchObject({ actorId: ws.actors.ADMIN.userId, entityId: ws.workspace.id });
  });
});

describe("the public copy", () => {
  async function approvedAndPublished(ws: TestWorkspace, urls: string[]) {
    const { claimId, verdictId } = await draftWithEvidence(ws, urls);
    await submitVerdict(ws.actors.EDITOR, { verdictId, lockVersion: 1 });
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({ verdictId, lockVersion: 2, decision: "APPROVE" }),
    );
    const report = await createReport(
      ws.actors.EDITOR,
      CreateReportInputSchema.parse({ title: "Checked claims", scope: "CLAIMS", claimIds: [claimId] }),
    );
    return { claimId, report };
  }

  /** The copy once the job (this file's runner is running by now) has fetched it: calling preserveSource here as well would race it. */
  async function preserved(ws: TestWorkspace, url: string) {
    return eventually(async () => {
      const row = await snapshotOf(ws.workspace.id, url);
      return row?.fetchedAt ? row : null;
    }, `preservation of ${url}`);
  }

  it("is readable only while a public claim cites it; otherwise, and for unknown ids or another workspace, NotFound alike", async () => {
    const [ws, other] = [await createWorkspaceWithMembers(), await createWorkspaceWithMembers()];
    const cited = servePage("The public source.");
    const draftOnly = servePage("Cited by a draft only.");
    const { claimId, report } = await approvedAndPublished(ws, [cited]);
    await draftWithEvidence(ws, [draftOnly]);
    const [citedCopy, draftCopy] = [await preserved(ws, cited), await preserved(ws, draftOnly)];

    // approved but not yet published: not public
    await expect(getPublicSourceCopy(ws.workspace.slug, citedCopy.id)).rejects.toThrow(NotFoundError);
    await publishReport(ws.actors.REVIEWER, report.id);
    const copy = await getPublicSourceCopy(ws.workspace.slug, citedCopy.id);
    expect(copy).toMatchObject({
      id: citedCopy.id,
      url: cited,
      contentHash: citedCopy.contentHash,
      claims: [expect.objectContaining({ id: claimId })],
    });
    expect(copy.text).toContain("The public source.");

    await expect(getPublicSourceCopy(ws.workspace.slug, draftCopy.id)).rejects.toThrow(NotFoundError);
    await expect(getPublicSourceCopy(ws.workspace.slug, "z".repeat(25))).rejects.toThrow(NotFoundError);
    await expect(getPublicSourceCopy(other.workspace.slug, citedCopy.id)).rejects.toThrow(NotFoundError);
    await expect(getPublicSourceCopy("no-such-workspace", citedCopy.id)).rejects.toThrow(NotFoundError);
  });

  it("findSnapshotsForUrls maps fetched copies by URL, in the workspace only", async () => {
    const [ws, other] = [await createWorkspaceWithMembers(), await createWorkspaceWithMembers()];
    const fetched = servePage("Fetched.");
    const pending = servePage("Not fetched yet.");
    await draftWithEvidence(ws, [fetched]);
    // a row as citing leaves it, without the job (the runner of this file would fetch a cited one)
    await db.sourceSnapshot.create({ data: { workspaceId: ws.workspace.id, url: pending } });
    const copy = await preserved(ws, fetched);
    const found = await findSnapshotsForUrls(ws.workspace.id, [fetched, pending, "https://unknown.example.test/"]);
    expect([...found.entries()]).toEqual([
      [
        fetched,
        { id: copy.id, fetchedAt: copy.fetchedAt, httpStatus: 200, contentHash: copy.contentHash, health: "LIVE" },
      ],
    ]);
    expect((await findSnapshotsForUrls(other.workspace.id, [fetched])).size).toBe(0);
  });
});

/**
 * Authorization matrix for the report use cases: the member who may do it
 * succeeds; a lower role is refused (403); an admin of another workspace
 * using the owner's ids gets 404. Refused writes leave both workspaces (and
 * their reports) unchanged, byte for byte.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createReport } from "@/lib/reports/create-report";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { getReport } from "@/lib/reports/get-report";
import { loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { loadExportAnnotations } from "@/lib/reports/content/load-export-annotations";
import { importWebAnnotations } from "@/lib/reports/import-web-annotations";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { articleReport, claimWithVerdict, collect } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange, workspaceFingerprint } from "@/test/workspace-fingerprint";
import type { Actor, Role } from "@/lib/policy/actor";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";
const LINKS = {
  report: "https://factdesk.example.test/r/x",
  article: (id: string) => `https://factdesk.example.test/a/${id}`,
};

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const article = await createArticle(owner.actors.EDITOR, { text: TEXT, url: null });
  const { claim } = await claimWithVerdict(owner, article, "at least 12 people were killed", "APPROVED");
  const report = await articleReport(owner, article);
  const published = await articleReport(owner, article, "Published");
  await publishReport(owner.actors.REVIEWER, published.id);
  return { owner, outsider, article, claim, report, published };
}
type World = Awaited<ReturnType<typeof world>>;

/** Workspace rows plus the report tables (not in the shared fingerprint). */
async function fingerprint(workspaceId: string) {
  const [reports] = await db.$queryRaw<{ sum: string | null }[]>`
    SELECT md5(coalesce((SELECT string_agg(to_jsonb(r)::text, ',' ORDER BY r.id) FROM "Report" r WHERE r."workspaceId" = ${workspaceId}), '') ||
               coalesce((SELECT string_agg(to_jsonb(c)::text, ',' ORDER BY c.id) FROM "ReportCorrection" c WHERE c."workspaceId" = ${workspaceId}), '')) AS sum`;
  return { ...(await workspaceFingerprint(workspaceId)), reports: reports?.sum ?? "" };
}
async function expectUnchanged(w: World, attempt: () => Promise<unknown>, error: new (...args: never[]) => Error) {
  const ids = [w.owner.workspace.id, w.outsider.workspace.id];
  const before = await Promise.all(ids.map(fingerprint));
  await expectRefusedWithoutChange(ids, attempt, error);
  expect(await Promise.all(ids.map(fingerprint))).toEqual(before);
}

const annotationFile = (w: World) => ({
  name: "annotations.jsonld",
  bytes: new TextEncoder().encode(
    JSON.stringify({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: { type: "TextualBody", value: "Imported note" },
      target: {
        source: "https://elsewhere.example.test/a",
        selector: { type: "TextQuoteSelector", exact: "40 million euros" },
      },
    }),
  ),
  articleId: w.article.article.id,
});

type Mutation = (actor: Actor, w: World) => Promise<unknown>;
const MUTATIONS: Record<string, { allowed: Role; denied: Role; mutate: Mutation }> = {
  createReport: {
    allowed: "EDITOR",
    denied: "VIEWER",
    mutate: (actor, w) =>
      createReport(
        actor,
        CreateReportInputSchema.parse({ title: "Again", scope: "ARTICLE", articleId: w.article.article.id }),
      ),
  },
  publishReport: { allowed: "REVIEWER", denied: "EDITOR", mutate: (actor, w) => publishReport(actor, w.report.id) },
  unpublishReport: {
    allowed: "REVIEWER",
    denied: "EDITOR",
    mutate: (actor, w) => unpublishReport(actor, w.published.id),
  },
  importWebAnnotations: {
    allowed: "EDITOR",
    denied: "VIEWER",
    mutate: (actor, w) => importWebAnnotations(actor, { file: annotationFile(w), articleId: w.article.article.id }),
  },
};

describe.each(Object.entries(MUTATIONS))("%s", (_name, { allowed, denied, mutate }) => {
  it(`${allowed.toLowerCase()} (control): succeeds and the fingerprint sees it`, async () => {
    const w = await world();
    const before = await fingerprint(w.owner.workspace.id);
    await mutate(w.owner.actors[allowed], w);
    expect(await fingerprint(w.owner.workspace.id)).not.toEqual(before);
  });
  it(`${denied.toLowerCase()}: ForbiddenError and nothing changes`, async () => {
    const w = await world();
    await expectUnchanged(w, () => mutate(w.owner.actors[denied], w), ForbiddenError);
  });
  it("admin of another workspace with the owner's ids: NotFoundError and nothing changes", async () => {
    const w = await world();
    await expectUnchanged(w, () => mutate(w.outsider.actors.ADMIN, w), NotFoundError);
  });
});

describe("scopes naming another workspace's things", () => {
  it.each(["ARTICLE", "CLAIMS", "CONFLICT"] as const)("%s: NotFoundError and nothing changes", async (scope) => {
    const w = await world();
    const conflict = await db.conflict.create({
      data: {
        workspaceId: w.owner.workspace.id,
        kind: "FIGURE_MISMATCH",
        question: "?",
        fingerprint: `fp-${w.claim.id}`,
      },
    });
    const input = {
      ARTICLE: { articleId: w.article.article.id },
      CLAIMS: { claimIds: [w.claim.id] },
      CONFLICT: { conflictId: conflict.id },
    }[scope];
    await expectUnchanged(
      w,
      () => createReport(w.outsider.actors.ADMIN, CreateReportInputSchema.parse({ title: "Stolen", scope, ...input })),
      NotFoundError,
    );
  });
});

describe("reading and exporting", () => {
  const readers = {
    entries: (actor: Actor, record: Parameters<typeof loadReportEntries>[1], internal: boolean) =>
      collect(loadReportEntries(actor, record, { internal })),
    annotations: (actor: Actor, record: Parameters<typeof loadReportEntries>[1], internal: boolean) =>
      collect(loadExportAnnotations(actor, record, { internal, links: LINKS })),
  };
  it.each(Object.keys(readers) as (keyof typeof readers)[])(
    "%s: viewers export only published output of published reports; editors anything; outsiders nothing",
    async (kind) => {
      const w = await world();
      const read = readers[kind];
      const unpublished = (await getReport(w.owner.actors.ADMIN, w.report.id, { internal: true })).record;
      const published = (await getReport(w.owner.actors.ADMIN, w.published.id, { internal: true })).record;
      const { VIEWER: viewer, EDITOR: editor } = w.owner.actors;

      expect(await read(viewer, published, false)).toHaveLength(1);
      await expect(read(viewer, published, true)).rejects.toThrow(ForbiddenError);
      await expect(read(viewer, unpublished, false)).rejects.toThrow(ForbiddenError);
      expect(await read(editor, unpublished, true)).toHaveLength(1);
      expect(await read(editor, unpublished, false)).toHaveLength(1);
      await expect(read(w.outsider.actors.ADMIN, published, false)).rejects.toThrow(NotFoundError);
      await expect(getReport(w.outsider.actors.ADMIN, w.published.id, { internal: false })).rejects.toThrow(
        NotFoundError,
      );
    },
  );
});

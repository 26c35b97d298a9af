/**
 * The integrity of a claim reaches its report entry, against a real database:
 * a passage linked despite an altered quote carries the difference and the
 * editor's note; typed relations come with the other claim, linked by anchor
 * only when that claim is an entry of the same output; relations to deleted
 * claims are left out. Then the Markdown and CSV exports say it in words.
 */
import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/create-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { createClaimRelation } from "@/lib/claims/relations/create-claim-relation";
import { CreateClaimRelationInputSchema } from "@/lib/claims/relations/schemas";
import { CreateClaimInputSchema, DeleteClaimInputSchema } from "@/lib/claims/schemas";
import { createReport } from "@/lib/reports/create-report";
import { getReport } from "@/lib/reports/get-report";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { annotate, approvedVerdict, collect } from "@/test/support/report-world";
import { streamMarkdownReport } from "@/lib/exports/markdown";
import { streamCsvReport } from "@/lib/exports/csv";
import { loadExportAnnotations } from "@/lib/reports/content/load-export-annotations";
import { createArticle, createWorkspaceWithMembers, type TestArticle, type TestWorkspace } from "@/prisma/factories";

// Test articles written for this test: a speech, and a wire story that changes its words.
const QUOTE = "“We will not give up a single village to the invaders,” Zelensky said on Monday.";
const ALTERED = "“We will surrender no village to the occupiers,” Zelensky said.";
const SPEECH = ["Zelensky speaks in Kyiv", QUOTE, "Russia launched about 70 missiles and 150 drones overnight."].join(
  "\n\n",
);
const WIRE = ["Zelensky vows to hold the line", ALTERED].join("\n\n");
const NOTE = "Same speech, translated by the wire.";
const REPORT_URL = "https://factdesk.example.test/r/integrity";

async function claimFrom(ws: TestWorkspace, article: TestArticle, phrase: string, statement = phrase) {
  const annotation = await annotate(ws.actors.EDITOR, article, phrase);
  return createClaim(ws.actors.EDITOR, CreateClaimInputSchema.parse({ annotationId: annotation.id, statement }));
}

/** Approved by the reviewer, who acknowledges the appearance warnings (an altered quote needs it). */
const approve = (ws: TestWorkspace, claimId: string) =>
  approvedVerdict(
    ws,
    claimId,
    { ratingKey: "ACCURATE", summary: "The speech was recorded.", evidence: [] },
    { acknowledgeWarnings: true },
  );

async function world() {
  const ws = await createWorkspaceWithMembers();
  const speech = await createArticle(ws.actors.EDITOR, {
    text: SPEECH,
    title: "Kyiv Daily",
    publishedAt: new Date("2026-11-30T08:00:00Z"),
  });
  const wire = await createArticle(ws.actors.EDITOR, {
    text: WIRE,
    title: "Translated wire",
    publishedAt: new Date("2026-12-01T08:00:00Z"),
  });
  const repost = await createArticle(ws.actors.EDITOR, {
    text: WIRE,
    title: "Repost",
    publishedAt: new Date("2026-12-02T08:00:00Z"),
  });
  const original = await claimFrom(ws, speech, QUOTE);
  // the wire's altered quote is linked as the same claim, with the editor's note
  await linkAppearance(ws.actors.EDITOR, {
    claimId: original.id,
    annotationId: (await annotate(ws.actors.EDITOR, wire, ALTERED)).id,
    differenceNote: NOTE,
  });
  // the repost's wording becomes a claim of its own that misquotes the original (no verdict yet)
  const misquote = await claimFrom(ws, repost, ALTERED);
  await createClaimRelation(
    ws.actors.EDITOR,
    CreateClaimRelationInputSchema.parse({
      fromClaimId: misquote.id,
      toClaimId: original.id,
      kind: "MISQUOTES",
      note: "The wire changed the words.",
    }),
  );
  // a relation to a claim that is deleted afterwards
  const gone = await claimFrom(ws, speech, "about 70 missiles", "Russia launched about 70 missiles");
  await createClaimRelation(
    ws.actors.EDITOR,
    CreateClaimRelationInputSchema.parse({ fromClaimId: original.id, toClaimId: gone.id, kind: "CONTRADICTS" }),
  );
  await deleteClaim(ws.actors.EDITOR, DeleteClaimInputSchema.parse({ claimId: gone.id }));
  await approve(ws, original.id);
  const { id } = await createReport(
    ws.actors.EDITOR,
    CreateReportInputSchema.parse({
      title: "Speech fact-check",
      scope: "CLAIMS",
      claimIds: [original.id, misquote.id],
    }),
  );
  const { record } = await getReport(ws.actors.EDITOR, id, { internal: true });
  return { ws, record, original, misquote };
}

describe("report entries carry the claim's integrity", () => {
  it("the altered appearance with the editor's note, the misquote relation, no relation to a deleted claim", async () => {
    const { ws, record, original, misquote } = await world();
    const internal = await collect(loadReportEntries(ws.actors.EDITOR, record, { internal: true }));
    expect(internal.map((e) => e.claim.id)).toEqual([original.id, misquote.id]);
    const [entry, misquoteEntry] = internal as [(typeof internal)[number], (typeof internal)[number]];

    expect(entry.appearances.map((a) => [a.articleTitle, a.difference])).toEqual([
      ["Kyiv Daily", null],
      [
        "Translated wire",
        expect.stringMatching(
          new RegExp(
            `^Altered quote: “[^”]*give up[^”]*” → “[^”]*surrender[^”]*” \\(editor's note: ${NOTE.replace(/\./g, "\\.")}\\)$`,
          ),
        ),
      ],
    ]);
    // the stored columns stay behind: the entry has the sentence and what it says, nothing more
    expect(Object.keys(entry.appearances[1]!).sort()).toEqual([
      "articleAuthor",
      "articleId",
      "articleLanguage",
      "articlePublishedAt",
      "articleTitle",
      "articleUrl",
      "difference",
      "differenceDetail",
      "outlet",
      "quote",
    ]);
    expect(entry.appearances[1]!.differenceDetail).toMatchObject({
      differences: [{ kind: "ALTERED_QUOTE" }],
      note: expect.any(String),
    });

    const incoming = {
      kind: "MISQUOTES",
      direction: "incoming",
      note: "The wire changed the words.",
      language: null,
      originalWording: null,
    };
    expect(entry.relations).toEqual([
      {
        ...incoming,
        other: {
          id: misquote.id,
          statement: ALTERED,
          claimant: expect.stringMatching(/Zelensky/),
          anchor: `claim-${misquote.id}`,
        },
      },
    ]);
    expect(misquoteEntry.relations).toEqual([
      expect.objectContaining({
        kind: "MISQUOTES",
        direction: "outgoing",
        other: expect.objectContaining({ id: original.id, anchor: `claim-${original.id}` }),
      }),
    ]);

    // published output leaves out the misquote (no approved verdict): its relation stays, without a link
    const [published, ...rest] = await collect(loadReportEntries(ws.actors.EDITOR, record, { internal: false }));
    expect(rest).toEqual([]);
    expect(published!.relations).toEqual([
      { ...incoming, other: expect.objectContaining({ id: misquote.id, anchor: null }) },
    ]);
    expect(published!.appearances[1]!.difference).toBe(entry.appearances[1]!.difference);
  });

  it("the published Markdown and CSV state them in words", async () => {
    const { ws, record } = await world();
    const meta = await buildReportMeta(ws.actors.EDITOR, record, { internal: false, url: REPORT_URL });
    const markdown = await collect(
      streamMarkdownReport(meta, loadReportEntries(ws.actors.EDITOR, record, { internal: false })),
    );
    expect(markdown.join("")).toContain(
      `- **Misquoted by:** ““We will surrender no village to the occupiers,” Zelensky said.”`,
    );
    expect(markdown.join("")).toMatch(
      /\n {2}- \*\*Differs from the claim:\*\* Altered quote: .*\(editor's note: Same speech, translated by the wire\.\)\n/,
    );

    const csv = (
      await collect(
        streamCsvReport(meta, loadReportEntries(ws.actors.EDITOR, record, { internal: false }), { bom: false }),
      )
    ).join("");
    expect(csv).toContain("Misquoted by: ““We will surrender no village to the occupiers,” Zelensky said.”");
    expect(csv).toContain(`(editor's note: ${NOTE})`);
  });

  it("the published W3C annotation of the altered passage says it differs, with the editor's note", async () => {
    const { ws, record } = await world();
    const annotations = await collect(
      loadExportAnnotations(ws.actors.EDITOR, record, {
        internal: false,
        links: { report: REPORT_URL, article: (id) => `https://factdesk.example.test/a/${id}` },
      }),
    );
    const wire = annotations.find((a) => a.exact === ALTERED && a.articleTitle === "Translated wire");
    expect(wire?.body).toContain("This passage differs from the claim");
    expect(wire?.body).toContain(NOTE);
    expect(annotations.find((a) => a.exact === QUOTE)?.body).not.toContain("differs");
  });
});

import { describe, expect, it } from "vitest";
import type { ReportAppearance } from "@/lib/exports/report-model";
import { neutralizeFormula, streamCsvReport } from "./csv";
import {
  collect,
  fromArray,
  makeRelation,
  makeReportEntry,
  makeReportMeta,
  makeVerdict,
} from "@/test/support/export-entries";

const HEADER =
  "claim_id,statement,claimant,claim_date,rating,rating_value,verdict_status,approved,summary,evidence_urls,appearance_urls,first_appearance_url,first_approved_at,verdict_modified_at,reviewer,relations,appearance_differences\r\n";

describe("streamCsvReport", () => {
  it("writes a header and one CRLF-terminated row per claim", async () => {
    const entry = makeReportEntry({ claim: { id: "c1", statement: "At least 40 died" } });
    const csv = await collect(streamCsvReport(makeReportMeta(), fromArray([entry]), { bom: false }));
    const [a, b] = entry.appearances as [ReportAppearance, ReportAppearance];
    expect(csv).toBe(
      HEADER +
        `c1,At least 40 died,Jane Minister,2026-11-02,Mostly false,2,APPROVED,yes,"Official figures show 12 deaths, not 40.",${entry.verdict!.evidence[0]!.url},` +
        `"${a.articleUrl}\n${b.articleUrl}",${a.articleUrl},2026-11-18T12:00:00.000Z,2026-11-19T08:30:00.000Z,Rui Reviewer,,` +
        `"${b.articleUrl}: Altered quote: “at least 40 people died” → “40 dead” (editor's note: The same statement, shortened by the outlet.)"\r\n`,
    );
  });

  it("lists the relations in one column, separated by semicolons, the superseding one first", async () => {
    const relations = [
      makeRelation({
        other: { statement: "We will not give up a single village", claimant: "President" },
        note: "The wire changed the words.",
      }),
      makeRelation({
        kind: "TRANSLATION_OF",
        other: { statement: "Wir geben kein Dorf auf", claimant: null },
        language: "de",
        originalWording: "Kein einziges Dorf",
      }),
      makeRelation({
        kind: "UPDATES",
        direction: "incoming",
        other: { statement: "19 people were killed", claimant: "Officials" },
      }),
    ];
    const csv = await collect(
      streamCsvReport(
        makeReportMeta(),
        fromArray([makeReportEntry({ claim: { id: "c4" }, relations, appearances: [] })]),
        { bom: false },
      ),
    );
    expect(csv.slice(HEADER.length)).toMatch(
      /,"Superseded by: “19 people were killed” \(Officials\); Misquotes: “We will not give up a single village” \(President\) \(editor's note: The wire changed the words\.\); Translation of: “Wir geben kein Dorf auf” \(language de, original wording: “Kein einziges Dorf”\)",\r\n$/,
    );
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", async () => {
    const entry = makeReportEntry({
      claim: { id: "c2", statement: 'He said "no", twice', claimant: "Line\r\nbreak" },
      verdict: null,
      appearances: [],
    });
    const csv = await collect(streamCsvReport(makeReportMeta({ internal: true }), fromArray([entry]), { bom: false }));
    expect(csv.slice(HEADER.length)).toBe('c2,"He said ""no"", twice","Line\r\nbreak",2026-11-02,,,,,,,,,,,,,\r\n');
  });

  it("starts with a BOM only when asked", async () => {
    const withBom = await collect(streamCsvReport(makeReportMeta(), fromArray([]), { bom: true }));
    expect(withBom).toBe(`\uFEFF${HEADER}`);
    expect(await collect(streamCsvReport(makeReportMeta(), fromArray([]), { bom: false }))).toBe(HEADER);
  });

  it("leaves drafts out of a published report and flags them in an internal one", async () => {
    const draft = makeReportEntry({
      claim: { id: "draft" },
      verdict: makeVerdict({ approved: false, status: "DRAFT", approvedByName: null }),
    });
    expect(await collect(streamCsvReport(makeReportMeta(), fromArray([draft]), { bom: false }))).toBe(HEADER);
    const internal = await collect(
      streamCsvReport(makeReportMeta({ internal: true }), fromArray([draft]), { bom: false }),
    );
    expect(internal).toContain("draft,");
    expect(internal).toContain(",DRAFT,no,");
  });

  it("neutralizes formulas in user text", async () => {
    const entry = makeReportEntry({
      claim: { id: "c3", statement: '=HYPERLINK("https://evil.example","click")', claimant: "@SUM(1+1)" },
      verdict: makeVerdict({ summary: "-2+3+cmd|' /C calc'!A0", approvedByName: "+1" }),
      appearances: [
        {
          ...makeReportEntry().appearances[1]!,
          articleUrl: null,
          articleTitle: "=1+2",
          difference: "Other figure: 12",
        },
      ],
    });
    const csv = await collect(streamCsvReport(makeReportMeta(), fromArray([entry]), { bom: false }));
    expect(csv).toContain(`c3,"'=HYPERLINK(""https://evil.example"",""click"")",'@SUM(1+1),`);
    expect(csv).toContain(`,'-2+3+cmd|' /C calc'!A0,`);
    // a difference starts with the article's title when it has no URL: guarded like any cell
    expect(csv).toMatch(/,'\+1,,'=1\+2: Other figure: 12\r\n$/);
  });
});

describe("neutralizeFormula", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["\0=1", "'\0=1"],
    ['=cmd|"/c calc"!A1', `'=cmd|"/c calc"!A1`],
  ])("prefixes %j", (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  it.each(["", "Jane", "1+1", "a=b", " =1", "'=1", "2026-11-02", "https://x.example/?a=1"])(
    "leaves %j alone",
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(cell);
    },
  );
});

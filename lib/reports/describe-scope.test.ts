import { describe, expect, it } from "vitest";
import { describeRange, describeScope } from "@/lib/reports/describe-scope";
import { ratingScaleOf } from "@/lib/reports/build-report-meta";

const d = (iso: string) => new Date(iso);

describe("describeScope", () => {
  it("names what the report covers", () => {
    const base = { claimIds: [], fromDate: null, toDate: null };
    expect(describeScope({ ...base, scope: "ARTICLE" }, { articleTitle: "Storm" })).toBe("Article: Storm");
    expect(describeScope({ ...base, scope: "CLAIMS", claimIds: ["a", "b"] }, {})).toBe("2 selected claims");
    expect(describeScope({ ...base, scope: "CONFLICT" }, { conflictQuestion: "12 or 19?" })).toBe("Conflict: 12 or 19?");
    expect(describeScope({ ...base, scope: "WORKSPACE", fromDate: d("2026-11-01"), toDate: d("2026-12-01") }, {})).toBe("Workspace: verdicts approved 1 Nov 2026 – 30 Nov 2026");
  });

  it("shows an exclusive midnight end as the day before, a single day as that day, other times in full", () => {
    expect(describeRange(d("2026-11-03"), d("2026-11-04"))).toBe("on 3 Nov 2026");
    expect(describeRange(d("2026-11-03T12:00:00Z"), d("2026-11-04"))).toBe("2026-11-03T12:00:00.000Z – 2026-11-04T00:00:00.000Z (end not included)");
  });
});

describe("ratingScaleOf", () => {
  it("keeps the ordinal levels worst first; bounds are 1 and the highest ordinal", () => {
    const scale = ratingScaleOf([
      { key: "TRUE", label: "True", ordinal: 3 },
      { key: "UNVERIFIABLE", label: "Unverifiable", ordinal: null },
      { key: "FALSE", label: "False", ordinal: 1 },
    ]);
    expect(scale).toEqual({ levels: [{ key: "FALSE", label: "False", ordinal: 1 }, { key: "TRUE", label: "True", ordinal: 3 }], worstRating: 1, bestRating: 3 });
  });
});

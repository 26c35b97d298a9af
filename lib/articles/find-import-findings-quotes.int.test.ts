/**
 * Regressions of the repeated-claim check, found by the integrity bench's
 * labelled world (10 of its 19 repeats were wrong):
 * - it compared a checked claim's figures only, as if no checked claim were a
 *   direct quote, so a sentence that altered a checked quote ("We will never
 *   give up…" for "We will not give up…") was reported as repeating it,
 *   "already checked", and so was a sentence with no quote that shared a few of
 *   its words. A checked direct quote is repeated only by a sentence quoting
 *   the same words, or an excerpt of them;
 * - a sentence with the claim's number counted as a repeat whatever it
 *   counted: "12 people were injured" repeated "12 people were killed". The
 *   same number counts only when one of the two metrics is unknown.
 */
import { describe, expect, it } from "vitest";
import { findImportFindings } from "@/lib/articles/find-import-findings";
import { db } from "@/lib/db/client";
import {
  createArticle,
  createClaimRecord,
  createVerdictRecord,
  createWorkspaceWithMembers,
  type TestWorkspace,
} from "@/prisma/factories";

/** The claims an article of `text` is found repeating. */
const repeatsOf = (ws: TestWorkspace) => async (text: string) =>
  (
    await findImportFindings(ws.actors.EDITOR, (await createArticle(ws.actors.EDITOR, { text })).article.id)
  ).repeats.map((r) => r.claimId);

const QUOTE = "We will not give up our land, and we will not forgive these attacks on Kyiv";

describe("findImportFindings: a checked direct quote", () => {
  it("is repeated by its words or an excerpt of them, never by altered words or a sentence without them", async () => {
    const ws = await createWorkspaceWithMembers();
    const { id: quote } = await createClaimRecord(ws.actors.EDITOR, {
      statement: `Zelensky: “${QUOTE}.”`,
      claimant: "Volodymyr Zelensky",
    });
    await createVerdictRecord(ws.actors.EDITOR, quote, { status: "APPROVED" });
    const repeatsIn = repeatsOf(ws);

    expect(await repeatsIn(`“${QUOTE},” Zelensky told the nation.`)).toEqual([quote]);
    expect(await repeatsIn("Zelensky vowed that Ukraine would “not forgive these attacks on Kyiv”.")).toEqual([quote]);
    for (const altered of [
      "“We will never give up our land, and we will never forgive these attacks on Kyiv,” Zelensky said.",
      "“We will not give up our land, but we will forgive these attacks on Kyiv,” the channel quoted Zelensky as saying.",
      "Zelensky said he would not give up land and would not forgive these attacks on Kyiv.",
    ])
      expect(await repeatsIn(altered), altered).toEqual([]);
  });
});

/** A workspace with one checked claim, "at least 12 killed", its figure stored as the claim form stores it. */
async function checkedFigure(): Promise<{ ws: TestWorkspace; killed: string }> {
  const ws = await createWorkspaceWithMembers();
  const { id: killed } = await createClaimRecord(ws.actors.EDITOR, {
    statement: "At least 12 people were killed in the overnight strike on Kyiv",
  });
  await createVerdictRecord(ws.actors.EDITOR, killed, { status: "APPROVED" });
  await db.claim.update({
    where: { id: killed },
    data: { metric: "killed", valueLow: 12, valueHigh: 12, qualifier: "AT_LEAST" },
  });
  return { ws, killed };
}

describe("findImportFindings: a checked figure", () => {
  it("is repeated by its number for its metric, not by the same number counting something else", async () => {
    const { ws, killed } = await checkedFigure();
    const repeatsIn = repeatsOf(ws);

    expect(await repeatsIn("At least 12 people were killed in the overnight strike on Kyiv, officials said.")).toEqual([
      killed,
    ]);
    expect(
      await repeatsIn("At least 12 people were injured in the overnight strike on Kyiv, the channel wrote."),
    ).toEqual([]);
  });

  it("another count of it is a disagreement, even one both can hold (at least 19 for at least 12), never a repeat", async () => {
    const { ws, killed } = await checkedFigure();
    const findingsIn = async (text: string) =>
      findImportFindings(ws.actors.EDITOR, (await createArticle(ws.actors.EDITOR, { text })).article.id);

    const higher = await findingsIn("At least 19 people were killed in the overnight strike on Kyiv, officials said.");
    expect(higher.repeats).toEqual([]);
    expect(higher.disagreements).toMatchObject([
      { claimId: killed, claimFigure: "at least 12 killed", passageFigure: "at least 19 killed" },
    ]);
    const lower = await findingsIn("Nine people were killed in the overnight strike on Kyiv, the channel claimed.");
    expect(lower.disagreements).toMatchObject([{ claimId: killed, passageFigure: "9 killed" }]);
  });
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { claimPhrase } from "./support/claims";
import { linkAppearance } from "../lib/claims/link-appearance";
import { createVerdict } from "../lib/verdicts/create-verdict";
import { submitVerdict } from "../lib/verdicts/step-verdict";
import { reviewVerdict } from "../lib/verdicts/review-verdict";
import { CreateVerdictInputSchema, ReviewVerdictInputSchema } from "../lib/verdicts/schemas";
import { createReport } from "../lib/reports/create-report";
import { publishReport } from "../lib/reports/publish-report";
import { CreateReportInputSchema } from "../lib/reports/schemas";
import { importArticleVersion } from "../lib/articles/import-article-version";
import { CANDIDATE_CLAIMS } from "../lib/claims/candidates";

const PASSWORD = "correct horse battery";

// Two articles written for this test: one outlet quotes the president; a "translated" wire
// version of the same speech changes the words; and the first one later revises a figure.
const ORIGINAL = [
  "Overnight attack on Kharkiv",
  "“We will not give up a single village to the invaders,” Zelensky said on Monday.",
  "Russia launched about 70 missiles and 150 drones overnight, the air force said.",
].join("\n\n");
const TRANSLATED = [
  "President vows to hold the line",
  "“We will surrender no village to the occupiers,” Zelensky said in his evening address.",
  "Air defence units worked through the night.",
].join("\n\n");
const QUOTE = "“We will not give up a single village to the invaders,” Zelensky said on Monday.";
const ALTERED = "“We will surrender no village to the occupiers,” Zelensky said in his evening address.";
const FIGURES = "Russia launched about 70 missiles and 150 drones overnight, the air force said.";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

test("an altered quote is never linked silently: the editor records a misquote, the conflict appears by itself, the reviewer must acknowledge a warning", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({
    workspaceId: workspace.id,
    role: "EDITOR",
    password: PASSWORD,
    name: "Eda Editor",
  });
  const reviewer = await createUser({
    workspaceId: workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });
  const original = await createArticle(actors.EDITOR, {
    title: "Overnight attack on Kharkiv",
    text: ORIGINAL,
    publishedAt: new Date("2026-11-30T07:00:00Z"),
  });
  await createArticle(actors.EDITOR, {
    title: "President vows to hold the line",
    text: TRANSLATED,
    publishedAt: new Date("2026-11-30T19:00:00Z"),
  });
  const { claim: quote } = await claimPhrase(actors.EDITOR, original, QUOTE);

  // the claim page offers the translated sentence only as "close, but different", labelled an altered quote
  const ed = await signedIn(browser, editor.email);
  await ed.goto(`/w/${workspace.slug}/claims/${quote.id}`);
  const suggestions = ed.getByRole("region", { name: "Possibly the same claim elsewhere" });
  await expect(suggestions.getByRole("heading", { name: "Close, but different" })).toBeVisible();
  const variant = suggestions.getByRole("listitem", { name: /surrender no village/ });
  await expect(variant).toContainText("altered quote");
  await expect(variant).not.toContainText("same quoted words");
  await expect(variant.locator("del").first()).toBeVisible();
  await expect(variant.locator("ins").first()).toBeVisible();
  await screenshot(ed, "integrity-suggestion-variant", testInfo);

  // adding it asks for the choice; the editor records it as a misquote of this claim
  await variant.getByRole("button", { name: "Add as appearance" }).click();
  const choice = variant.getByRole("form", { name: "This passage differs: choose how to record it" });
  await choice.getByLabel(/Record as a relation/).check();
  await choice.getByLabel("Relation", { exact: true }).selectOption("MISQUOTES");
  await choice.getByRole("button", { name: "Create the related claim" }).click();
  await expect(suggestions.getByRole("status")).toContainText("Recorded as a related claim");
  await expect(suggestions.getByText("surrender no village")).toHaveCount(0);
  await ed.reload();
  await expect(ed.getByRole("region", { name: /Relations/ })).toContainText("Misquoted by");

  // the conflict between the two quotes is there without anyone pressing "Check for conflicts": a background job
  // finds it moments after the change, and the list does not refresh by itself, so look until it is there
  await expect(async () => {
    await ed.goto(`/w/${workspace.slug}/conflicts`);
    await expect(ed.getByRole("link", { name: /Zelensky/ }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await ed
    .getByRole("link", { name: /Zelensky/ })
    .first()
    .click();
  await expect(ed.getByTestId("conflict-member")).toHaveCount(2);
  await expect(ed.getByTestId("conflict-member").filter({ hasText: "Misquot" })).toHaveCount(2);
  await screenshot(ed, "integrity-conflict-with-relation", testInfo);

  // an editor links the altered passage anyway, with a note: the reviewer must acknowledge it
  const wire = await db.annotation.findFirstOrThrow({ where: { workspaceId: workspace.id, exact: ALTERED } });
  await linkAppearance(actors.EDITOR, {
    claimId: quote.id,
    annotationId: wire.id,
    differenceNote: "The wire translated the same speech.",
  });
  const verdict = await createVerdict(
    actors.EDITOR,
    CreateVerdictInputSchema.parse({
      claimId: quote.id,
      ratingKey: "ACCURATE",
      summary: "The speech was recorded by the presidential office.",
      evidence: [],
    }),
  );
  await submitVerdict(actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });

  const rv = await signedIn(browser, reviewer.email);
  await rv.goto(`/w/${workspace.slug}/review`);
  const warning = rv.getByRole("region", { name: /1 appearance warning/ });
  await expect(warning).toContainText("The wire translated the same speech.");
  await expect(warning.locator("del").first()).toBeVisible();
  await screenshot(rv, "integrity-review-warning", testInfo);
  const review = rv.getByRole("group", { name: "Review this verdict" }).first();
  await review.getByRole("button", { name: "Approve" }).click();
  await expect(rv.getByRole("alert").first()).toBeVisible();
  expect((await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status).toBe("SUBMITTED");
  await review.getByLabel(/I have read these warnings/).check();
  await review.getByRole("button", { name: "Approve" }).click();
  await expect
    .poll(async () => (await db.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).status)
    .toBe("APPROVED");
  const approval = await db.review.findFirstOrThrow({ where: { verdictId: verdict.id, decision: "APPROVE" } });
  expect(approval.acknowledged).toEqual([expect.objectContaining({ kind: "differs" })]);
});

test("a new article version changes a figure: the claim shows it and the published report asks for a correction", async ({
  browser,
}, testInfo) => {
  test.setTimeout(60_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  const reviewer = await createUser({
    workspaceId: workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });
  const original = await createArticle(actors.EDITOR, {
    title: "Overnight attack on Kharkiv",
    text: ORIGINAL,
    publishedAt: new Date("2026-11-30T07:00:00Z"),
  });
  const { claim } = await claimPhrase(actors.EDITOR, original, FIGURES);
  const verdict = await createVerdict(
    actors.EDITOR,
    CreateVerdictInputSchema.parse({
      claimId: claim.id,
      ratingKey: "ACCURATE",
      summary: "The air force statement gives these figures.",
      evidence: [],
    }),
  );
  await submitVerdict(actors.EDITOR, { verdictId: verdict.id, lockVersion: 1 });
  await reviewVerdict(
    actors.REVIEWER,
    ReviewVerdictInputSchema.parse({ verdictId: verdict.id, lockVersion: 2, decision: "APPROVE" }),
  );
  const report = await createReport(
    actors.EDITOR,
    CreateReportInputSchema.parse({ title: "Kharkiv attack fact-check", scope: "CLAIMS", claimIds: [claim.id] }),
  );
  const { publicToken } = await publishReport(actors.REVIEWER, report.id);

  await importArticleVersion(actors.EDITOR, original.article.id, ORIGINAL.replace("150 drones", "190 drones"));

  const rv = await signedIn(browser, reviewer.email);
  await rv.goto(`/w/${workspace.slug}/claims/${claim.id}`);
  const appearances = rv.getByRole("region", { name: /Appearances/ });
  await expect(appearances).toContainText("Appearance changed");
  await expect(appearances.locator("del", { hasText: "150" }).first()).toBeVisible();
  await expect(appearances.locator("ins", { hasText: "190" }).first()).toBeVisible();
  await expect(rv.getByRole("heading", { name: "A published report needs a correction" })).toBeVisible();
  await screenshot(rv, "integrity-appearance-changed", testInfo);

  await rv.goto(`/w/${workspace.slug}/reports/${report.id}`);
  await expect(rv.getByText(/Version 2 of the article/)).toBeVisible();
  // too short a note is refused next to its field, and what was typed stays (the form's useActionState, issue 18)
  await rv.getByLabel(/Correction note/).fill("Fixed.");
  await rv.getByRole("button", { name: "Publish the correction" }).click();
  await expect(rv.locator("#pending-correction-note-error")).toContainText("at least 10 characters");
  await expect(rv.getByLabel(/Correction note/)).toHaveValue("Fixed.");
  await rv.getByLabel(/Correction note/).fill("The air force revised the drone count from 150 to 190.");
  await rv.getByRole("button", { name: "Publish the correction" }).click();
  await expect(rv.getByText(/Version 2 of the article/)).toHaveCount(0);
  // the form went away with the redrawn page: the focus is on the report's corrections
  await expect(rv.locator("#corrections-heading")).toBeFocused();
  await screenshot(rv, "integrity-report-corrected", testInfo);

  const pub = await (await browser.newContext()).newPage();
  await pub.goto(`/r/${publicToken}`);
  await expect(pub.getByRole("region", { name: "Corrections" })).toContainText(
    "The air force revised the drone count from 150 to 190.",
  );
});

test("an article more checked claims share figures with than are compared says so, on its page and in its suggestions", async ({
  page,
}, testInfo) => {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const numbers = Array.from({ length: 90 }, (_, i) => 4101 + i);
  const { article } = await createArticle(actors.EDITOR, {
    title: "Ferry register",
    text: `Ferries stopped on the river.\n\nThe register lists the stopped ferries by number: ${numbers.join(", ")}.`,
  });
  // one checked claim more than are compared, each naming one of the article's numbers: none is in more than
  // four claims, so the look-up never leaves a number out as common
  const level = await db.ratingLevel.findFirstOrThrow({ where: { workspaceId: workspace.id, key: "ACCURATE" } });
  const ids = Array.from({ length: CANDIDATE_CLAIMS + 1 }, (_, i) => `${workspace.id}-ferry-${i}`);
  await db.claim.createMany({
    data: ids.map((id, i) => ({
      id,
      workspaceId: workspace.id,
      statement: `Ferry ${numbers[i % numbers.length]} was inspected by the harbour office`,
      createdById: editor.id,
    })),
  });
  await db.verdict.createMany({
    data: ids.map((id) => ({ id, workspaceId: workspace.id, claimId: id, authorId: editor.id, status: "APPROVED" })),
  });
  await db.verdictRevision.createMany({
    data: ids.map((id) => ({
      workspaceId: workspace.id,
      verdictId: id,
      number: 1,
      ratingLevelId: level.id,
      summary: "The harbour office's log confirms it.",
      authorId: editor.id,
    })),
  });

  await signIn(page, editor.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/articles/${article.id}`);
  await expect(page.getByRole("region", { name: "Claims already checked" })).toContainText(
    `Compared with the ${CANDIDATE_CLAIMS} checked claims sharing most names and figures with this article; more share some of them.`,
  );
  await page.getByText("Suggestions", { exact: true }).click();
  await expect(
    page.getByText(
      `Compared with the ${CANDIDATE_CLAIMS} claims sharing most names and figures with this article; more share some of them.`,
    ),
  ).toBeVisible();
  await screenshot(page, "integrity-compared-claims-capped", testInfo);
});

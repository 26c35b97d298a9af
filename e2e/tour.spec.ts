import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { signIn } from "./support/pages";
import { tellDemoStory } from "../prisma/demo/demo-story";

const PASSWORD = "correct horse battery";
/** The README's tour (README.md, "A short tour") shows these: every e2e run makes them again; commit them when they change. */
const TOUR_FOLDER = path.join(process.cwd(), "docs", "tour");

test.use({ viewport: { width: 1280, height: 800 } });

test("the README's tour: the demo story's main pages, as a reviewer sees them", async ({ page }) => {
  test.setTimeout(90_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  await db.workspace.update({ where: { id: workspace.id }, data: { name: "Maren Valley Desk" } });
  await tellDemoStory(actors);
  const reviewer = await createUser({
    workspaceId: workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Dana Reviewer",
  });
  const base = `/w/${workspace.slug}`;
  const article = await db.article.findFirstOrThrow({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const claim = await db.claim.findFirstOrThrow({
    where: { workspaceId: workspace.id, verdicts: { some: { status: "APPROVED" } } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const conflict = await db.conflict.findFirstOrThrow({
    where: { workspaceId: workspace.id, kind: "QUOTE_MISMATCH" },
    select: { id: true },
  });
  const report = await db.report.findFirstOrThrow({
    where: { workspaceId: workspace.id, publishedAt: { not: null } },
    select: { id: true },
  });
  await signIn(page, reviewer.email, PASSWORD);
  mkdirSync(TOUR_FOLDER, { recursive: true });

  // each stop's tab names what it shows
  const stops: { file: string; path: string; shows: RegExp; tab: RegExp }[] = [
    {
      file: "1-article.png",
      path: `${base}/articles/${article.id}`,
      shows: /notes|annotations/i,
      tab: /^Night of storms .* · Factdesk$/,
    },
    { file: "2-claim.png", path: `${base}/claims/${claim.id}`, shows: /verdict/i, tab: /^Claim: .+ · Factdesk$/ },
    { file: "3-review.png", path: `${base}/review`, shows: /review/i, tab: /^Review · Factdesk$/ },
    {
      file: "4-conflict.png",
      path: `${base}/conflicts/${conflict.id}`,
      shows: /quote/i,
      tab: /^Conflict: Dana Oyelaran is quoted in 2 versions.* · Factdesk$/,
    },
    { file: "5-report.png", path: `${base}/reports/${report.id}`, shows: /correction/i, tab: / · Factdesk$/ },
  ];
  for (const stop of stops) {
    await page.goto(stop.path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("main")).toContainText(stop.shows);
    await expect(page).toHaveTitle(stop.tab);
    await page.screenshot({ path: path.join(TOUR_FOLDER, stop.file) });
  }
});

import { expect, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { articleWithClaim } from "./support/claims";
import { detectConflicts } from "../lib/conflicts/detect-conflicts";
import type { Actor } from "../lib/policy/actor";

const PASSWORD = "correct horse battery";
const EVENT = {
  metric: "killed",
  eventLabel: "Overnight strike on Dnipro",
  eventDate: "2025-06-10",
  eventPlace: "Dnipro",
};

/** An article whose text states `phrase`, with a claim on it carrying a structured figure. */
async function reportedToll(
  actor: Actor,
  title: string,
  text: string,
  phrase: string,
  value: { valueLow: number; qualifier: "AT_LEAST" | "EXACT" },
) {
  const { article } = await articleWithClaim(actor, { title, text }, phrase, {
    statement: `${phrase} in the overnight strike on Dnipro`,
    ...EVENT,
    ...value,
  });
  return article;
}

test("a reviewer finds two tolls of one strike that disagree, compares them side by side and resolves the conflict", async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  const reviewer = await createUser({
    workspaceId: workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });
  const a = await reportedToll(
    actors.EDITOR,
    "Dnipro strike: officials count the dead",
    "Dnipro strike\n\nAt least 12 killed as missiles hit Dnipro overnight, regional officials said on Tuesday morning.\n\nRescue work continues.",
    "At least 12 killed",
    { valueLow: 12, qualifier: "AT_LEAST" },
  );
  const b = await reportedToll(
    actors.EDITOR,
    "Mayor gives final toll for Dnipro",
    "Night attack on Dnipro\n\nThe mayor said exactly 9 killed in the attack, a final figure after the search ended.\n\nSchools stay closed.",
    "exactly 9 killed",
    { valueLow: 9, qualifier: "EXACT" },
  );

  await signIn(page, reviewer.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}`);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Conflicts" }).click();
  await expect(page.getByRole("heading", { name: "Agreement between editors" })).toBeVisible();

  // detection ran by itself when the second claim was created; the button re-runs it and finds nothing new
  await page.getByRole("button", { name: "Check for conflicts" }).click();
  await expect(page.getByRole("status")).toContainText("No new conflicts. 1 conflict was already known.");
  const filters = page.getByRole("navigation", { name: "Filter conflicts by status" });
  await expect(filters.getByRole("link", { name: /Open/ })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: /"killed": one claim says at least 12, another says 9/ }).click();

  // both claims side by side, each with its appearance in context and a link to its article
  const members = page.getByTestId("conflict-member");
  await expect(members).toHaveCount(2);
  const first = members.filter({ has: page.getByRole("heading", { name: "Claim A" }) });
  const second = members.filter({ has: page.getByRole("heading", { name: "Claim B" }) });
  await expect(first.locator("mark")).toHaveText("At least 12 killed");
  await expect(first.getByRole("link", { name: "Dnipro strike: officials count the dead" })).toHaveAttribute(
    "href",
    `/w/${workspace.slug}/articles/${a.id}`,
  );
  await expect(second.locator("mark")).toHaveText("exactly 9 killed");
  await expect(second.getByRole("link", { name: "Mayor gives final toll for Dnipro" })).toHaveAttribute(
    "href",
    `/w/${workspace.slug}/articles/${b.id}`,
  );
  await expect(second).toContainText("9 killed");

  // resolve: the higher toll holds, the lower one does not and is rated false
  await page.getByLabel("Claim A holds").check();
  await expect(page.getByLabel("Claim B holds")).not.toBeChecked();
  await page.getByLabel("Rating for Claim B (optional)").selectOption({ label: "False" });
  await page
    .getByLabel("Reasoning")
    .fill(
      "The regional administration's final statement lists 12 dead; the mayor's figure predates two recovered bodies.",
    );
  await page.getByLabel("Source address").fill("https://dnipro.example.test/statement");
  await page.getByLabel("Source title").fill("Regional administration statement");
  await page.getByLabel("Quoted passage (optional)").fill("Twelve people were killed in the overnight attack.");
  await screenshot(page, "conflict-open", testInfo);
  await page.getByRole("button", { name: "Resolve conflict" }).click();

  const resolution = page.getByRole("region", { name: "Resolution" });
  await expect(resolution).toContainText("Resolved by Rita Reviewer");
  await expect(resolution.getByRole("link", { name: "Regional administration statement" })).toBeVisible();
  await expect(first.getByText("Holds", { exact: true })).toBeVisible();
  await expect(second.getByText("Does not hold")).toBeVisible();
  // the rating became the reviewer's verdict, waiting for another reviewer (four-eyes)
  await expect(second.getByRole("listitem").filter({ hasText: "by Rita Reviewer" })).toContainText("Awaiting review");
  await expect(page.getByRole("button", { name: "Reopen conflict" })).toBeVisible();
  await screenshot(page, "conflict-resolved", testInfo);

  await page.getByRole("link", { name: "← Conflicts" }).click();
  await expect(filters.getByRole("link", { name: /Resolved/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("row", { name: /one claim says at least 12/ })).toContainText("Rita Reviewer");
  await filters.getByRole("link", { name: /Open/ }).click();
  await expect(page.getByRole("heading", { name: "No open conflicts" })).toBeVisible();
  await filters.getByRole("link", { name: /Resolved/ }).click();
  await expect(page.getByRole("row", { name: /one claim says at least 12/ })).toBeVisible();
  await screenshot(page, "conflicts-resolved-list", testInfo);
});

test("a viewer reads a quote given in two wordings, with the word diff, and cannot resolve it", async ({
  page,
}, testInfo) => {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const viewer = await createUser({ workspaceId: workspace.id, role: "VIEWER", password: PASSWORD });
  for (const [title, words] of [
    ["Mayor promises schools", "We will rebuild every school in the city before the winter comes"],
    ["Mayor promises hospitals", "We will rebuild every hospital in the city before the winter comes"],
  ] as const) {
    const text = `${title}\n\nThe mayor said: “${words}.” Work starts in May.\n`;
    await articleWithClaim(actors.EDITOR, { title, text }, words, {
      statement: "The mayor promised to rebuild before winter",
      claimant: "Mayor Jane Doe",
    });
  }
  expect((await detectConflicts(actors.EDITOR)).unchanged).toBe(1); // detected by itself when the claims were made

  await signIn(page, viewer.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/conflicts`);
  await expect(page.getByRole("button", { name: "Check for conflicts" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Agreement between editors" })).toHaveCount(0);
  await page.getByRole("link", { name: /Jane Doe is quoted in 2 versions/ }).click();
  const diff = page.getByRole("region", { name: "How the quotes differ" });
  await expect(diff.locator("del")).toHaveText("school");
  await expect(diff.locator("ins")).toHaveText("hospital");
  await expect(page.getByTestId("conflict-member")).toHaveCount(2);
  await expect(page.getByRole("heading", { name: "Resolve this conflict" })).toHaveCount(0);
  await expect(page.getByText("A reviewer resolves this conflict")).toBeVisible();
  await screenshot(page, "quote-conflict", testInfo);
});

import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, db, uniqueEmail } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";

const PASSWORD = "correct horse battery";
const pad = (n: number) => String(n).padStart(2, "0");

/** 55 more members ("Reporter 01" … "Reporter 55") and 53 open invitations, made a minute apart: more than a page of each. */
async function bigNewsroom() {
  const { workspace, users } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD, name: "Ada Admin" });
  for (let n = 1; n <= 55; n++)
    await createUser({ workspaceId: workspace.id, role: "VIEWER", name: `Reporter ${pad(n)}` });
  const start = Date.parse("2026-01-01T08:00:00Z");
  await db.invitation.createMany({
    data: Array.from({ length: 53 }, (_, i) => ({
      workspaceId: workspace.id,
      email: uniqueEmail(`invitee${pad(i + 1)}`),
      name: `Invitee ${pad(i + 1)}`,
      role: "VIEWER" as const,
      tokenHash: randomBytes(32).toString("hex"),
      invitedById: users.ADMIN.id,
      createdAt: new Date(start + i * 60_000),
      lastSentAt: new Date(start + i * 60_000),
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    })),
  });
  return { workspace, admin };
}

const memberRows = (page: Page) => page.getByRole("table", { name: "Members" }).locator("tbody tr");
const invitationRows = (page: Page) => page.getByRole("table", { name: "Invitations" }).locator("tbody tr");

test("the members page pages members by name and invitations newest first, and finds a member as one types", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const { workspace, admin } = await bigNewsroom();
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin`);

  // members: 60 in all, Ada first, then the reporters; the "Test User"s of the world come after them
  const summary = page.locator("#members-summary");
  await expect(summary).toHaveText("60 members, by name.");
  await expect(memberRows(page)).toHaveCount(50);
  await expect(memberRows(page).first()).toContainText("Ada Admin");
  await expect(memberRows(page).nth(1)).toContainText("Reporter 01");
  const membersPager = page.getByRole("navigation", { name: "Pages of members" });
  await membersPager.getByRole("link", { name: "Next page of members" }).click();
  await expect(memberRows(page)).toHaveCount(10);
  await expect(memberRows(page).first()).toContainText("Reporter 50");
  await expect(membersPager).toContainText("No more members.");
  await membersPager.getByRole("link", { name: "Previous page of members" }).click();
  await expect(memberRows(page).last()).toContainText("Reporter 49");
  await expect(membersPager.getByRole("link", { name: "Previous page of members" })).toHaveCount(0);

  // invitations: 53, the newest first; its own pager keeps the members' place
  await expect(page.locator("#invitations-summary")).toHaveText("53 invitations, the newest first.");
  await expect(invitationRows(page)).toHaveCount(50);
  await expect(invitationRows(page).first()).toContainText("Invitee 53");
  await page
    .getByRole("navigation", { name: "Pages of invitations" })
    .getByRole("link", { name: "Next page of invitations" })
    .click();
  await expect(invitationRows(page)).toHaveCount(3);
  await expect(invitationRows(page).last()).toContainText("Invitee 01");
  await expect(memberRows(page)).toHaveCount(50);

  // the filter follows typing, in place: focus stays, the count is a status the screen reader announces
  const filter = page.getByRole("search", { name: "Find a member" });
  const field = filter.getByRole("searchbox", { name: "Find a member" });
  await expect(field).toHaveAccessibleDescription(/Part of a name or an email address\./);
  await field.pressSequentially("REPORTER 5");
  await expect(summary).toHaveText("6 members match “REPORTER 5”.");
  await expect(summary).toHaveAttribute("role", "status");
  await expect(memberRows(page)).toHaveCount(6);
  await expect(memberRows(page).first()).toContainText("Reporter 50");
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/[?&]q=REPORTER\+5/);
  await expect(page).toHaveURL(/[?&]invitations=/);
  await expect(invitationRows(page)).toHaveCount(3);
  // the workspace search in the navigation bar is not this filter
  await expect(page.getByRole("search", { name: "Search this workspace" }).getByRole("searchbox")).toHaveValue("");
  await screenshot(page, "members-filtered", testInfo);

  await field.fill("nobody-here");
  await expect(summary).toHaveText("No member matches “nobody-here”.");
  await expect(page.getByRole("table", { name: "Members" })).toHaveCount(0);
  await filter.getByRole("link", { name: "Show everyone" }).click();
  await expect(summary).toHaveText("60 members, by name.");
});

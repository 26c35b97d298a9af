import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers, db, type TestWorkspace } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { waitForMail } from "./support/mail";
import { claimWithVerdict } from "../test/support/report-world";

const PASSWORD = "correct horse battery";
const REASON =
  "Name the date and time of the administration's count: the hospital figure is from Sunday evening, the city's from Monday morning. " +
  "Cite the regional health office's bulletin instead of the radio report, and say that the count may still rise, because the office updates it every evening at six. " +
  "Keep the rating until both sources agree.";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

test("a reviewer sends a verdict back with a reason: the editor sees the unread count, reads the whole reason in the inbox and by email, marks it read", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const ws = await createWorkspaceWithMembers();
  const editor = await createUser({
    workspaceId: ws.workspace.id,
    role: "EDITOR",
    password: PASSWORD,
    name: "Eli Editor",
  });
  const reviewer = await createUser({
    workspaceId: ws.workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });
  const people: TestWorkspace = {
    ...ws,
    actors: { ...ws.actors, EDITOR: { userId: editor.id, workspaceId: ws.workspace.id, role: "EDITOR" } },
  };
  const article = await createArticle(people.actors.EDITOR, {
    text: "Officials said at least 12 people were hurt in the flood on Monday.",
  });
  const { claim } = await claimWithVerdict(people, article, "12 people were hurt", "SUBMITTED", {
    statement: "At least 12 people were hurt in Monday's flood",
  });
  const before = new Date();

  // the reviewer requests changes from the review queue, with the reason
  const rv = await signedIn(browser, reviewer.email);
  await rv.goto(`/w/${ws.workspace.slug}/review`);
  await expect(rv.getByRole("list", { name: "Verdicts awaiting review" })).toHaveAttribute("data-hydrated", "true");
  await rv.keyboard.press("j");
  await rv.keyboard.press("c");
  await rv.keyboard.insertText(REASON);
  await rv.keyboard.press("Tab"); // Approve
  await rv.keyboard.press("Tab"); // Request changes
  await rv.keyboard.press("Enter");
  await expect(rv.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(rv.getByRole("link", { name: /^Inbox/ })).toHaveAccessibleName("Inbox"); // nobody is told of their own action

  // the editor: the header counts it, the inbox shows it unread with the reason in full
  const ed = await signedIn(browser, editor.email);
  await ed.goto(`/w/${ws.workspace.slug}`);
  const inboxLink = ed.getByRole("link", { name: "Inbox, 1 unread" });
  await expect(inboxLink).toBeVisible();
  await inboxLink.click();
  await expect(ed.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const item = ed.getByRole("listitem", { name: /Changes requested on your verdict/ });
  await expect(item).toContainText("Unread");
  await expect(item).toContainText(
    "Rita Reviewer sent back, asking for changes, your verdict on the claim “At least 12 people were hurt in Monday's flood”",
  );
  await expect(item).toContainText(REASON);
  await screenshot(ed, "inbox-unread", testInfo);

  const mail = await waitForMail(editor.email, { subject: /Changes requested on your verdict/, after: before });
  expect(mail.text.replace(/\s+/g, " ")).toContain(REASON);

  // mark as read: the marker and the count go, focus stays on the notification
  await item.getByRole("button", { name: /Mark as read/ }).click();
  await expect(item).not.toContainText("Unread");
  await expect(item.getByRole("heading")).toBeFocused();
  await expect(ed.getByRole("link", { name: /^Inbox/ }).first()).toHaveAccessibleName("Inbox");
  await screenshot(ed, "inbox-read", testInfo);

  // the title opens the claim
  await item.getByRole("link", { name: /Changes requested on your verdict/ }).click();
  await expect(ed).toHaveURL(new RegExp(`/w/${ws.workspace.slug}/claims/${claim.id}$`));
});

test("the inbox pages with an Older link; opening a notification marks it read; email preferences are saved", async ({
  browser,
}) => {
  const ws = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: ws.workspace.id, role: "EDITOR", password: PASSWORD });
  await db.notification.createMany({
    data: Array.from({ length: 27 }, (_, i) => ({
      userId: editor.id,
      workspaceId: ws.workspace.id,
      kind: "CLAIM_ASSIGNED" as const,
      title: `Assignment ${i + 1}`,
      body: `Check claim ${i + 1}.`,
      link: `/w/${ws.workspace.slug}/claims`,
      createdAt: new Date(Date.UTC(2026, 10, 1, 8, 0, i)),
    })),
  });
  const ed = await signedIn(browser, editor.email);
  await ed.goto("/inbox");
  await expect(ed.getByRole("link", { name: "Inbox, 27 unread" })).toBeVisible();
  const list = ed.getByRole("list", { name: "Notifications" });
  await expect(list.getByRole("listitem")).toHaveCount(25);
  await expect(list.getByRole("listitem").first()).toContainText("Assignment 27");
  await ed.getByRole("link", { name: "Older" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").last()).toContainText("Assignment 1");
  await expect(ed.getByRole("link", { name: "Older" })).toHaveCount(0);

  await list.getByRole("link", { name: "Assignment 1" }).click();
  await expect(ed).toHaveURL(new RegExp(`/w/${ws.workspace.slug}/claims$`));
  await expect(ed.getByRole("link", { name: "Inbox, 26 unread" })).toBeVisible();

  await ed.goto("/inbox");
  await ed.getByRole("button", { name: "Mark all as read" }).click();
  await expect(ed.getByRole("status")).toHaveText("26 notifications marked as read.");
  await expect(ed.getByRole("link", { name: /^Inbox/ }).first()).toHaveAccessibleName("Inbox");

  await ed.getByRole("link", { name: "Notification settings" }).click();
  const assigned = ed.getByRole("group", { name: "A claim was assigned to you" }).getByLabel("Also email me");
  await expect(assigned).toBeChecked();
  await assigned.uncheck();
  await ed.getByRole("button", { name: "Save" }).click();
  await expect(ed.getByRole("status")).toHaveText("Your notification settings were saved.");
  await ed.reload();
  await expect(
    ed.getByRole("group", { name: "A claim was assigned to you" }).getByLabel("Also email me"),
  ).not.toBeChecked();
  await expect(ed.getByRole("group", { name: "Your verdict was approved" }).getByLabel("Also email me")).toBeChecked();

  // times are shown in the zone chosen on the account page: 08:00 UTC is 13:30 in Kolkata
  await ed.goto("/account");
  await ed.getByLabel("Show times in").selectOption("Asia/Kolkata");
  await ed.getByRole("button", { name: "Save time zone" }).click();
  await expect(ed.getByRole("status")).toHaveText("Your time zone was saved.");
  await ed.goto("/inbox");
  const newest = list.getByRole("listitem").first().locator("time");
  await expect(newest).toHaveText("1 Nov 2026, 13:30");
  await expect(newest).toHaveAttribute("title", "1 Nov 2026, 13:30, Asia/Kolkata (UTC+05:30)");
});

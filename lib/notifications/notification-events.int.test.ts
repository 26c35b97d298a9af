/**
 * Each notification kind, written in the transaction of the change it reports:
 * who gets it (and who does not: the actor, other workspaces), its text (a
 * reviewer's reason in full), and the email sent through a real SMTP server
 * per the person's preference — or not sent when they turned it off.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidTransitionError } from "@/lib/errors";
import { assignClaim } from "@/lib/claims/assign-claim";
import { AssignClaimInputSchema } from "@/lib/claims/schemas";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { ReviewVerdictInputSchema, ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { publishReport } from "@/lib/reports/publish-report";
import { resolvePendingCorrections } from "@/lib/reports/resolve-pending-corrections";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { updateNotificationPreferences } from "@/lib/notifications/update-notification-preferences";
import { emailFieldOf, UpdateNotificationPreferencesInputSchema } from "@/lib/notifications/schemas";
import { NOTIFICATION_KINDS } from "@/lib/notifications/preferences";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { startMailCatcher, type MailCatcher } from "@/test/support/mail-catcher";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await catcher.stop();
});

const TEXT =
  "Officials said at least 12 people were hurt in the flood on Monday.\n\nThe mayor said the old dam held through the night.";
const inbox = (userId: string, kind?: NotificationKind) =>
  db.notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
const mailsTo = (email: string) => catcher.messages.filter((m) => m.to.includes(email.toLowerCase()));
const queuedTo = (email: string) => db.emailMessage.count({ where: { to: email, kind: "notification" } });

/** As the preferences form sends it: every box checked but this kind's. */
async function emailOff(userId: string, kind: NotificationKind): Promise<void> {
  const checked = NOTIFICATION_KINDS.filter((k) => k.kind !== kind).map((k) => [emailFieldOf(k.kind), "on"]);
  await updateNotificationPreferences(
    userId,
    UpdateNotificationPreferencesInputSchema.parse(Object.fromEntries(checked)),
  );
}

/** The workspace with its admin in the editor's place: verdicts written by a second author. */
const byAdmin = (ws: TestWorkspace): TestWorkspace => ({ ...ws, actors: { ...ws.actors, EDITOR: ws.actors.ADMIN } });

async function submittedVerdict(ws: TestWorkspace) {
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  return claimWithVerdict(ws, article, "12 people were hurt", "SUBMITTED", {
    statement: "At least 12 people were hurt in the flood",
  });
}

/** A claim with no verdict and nobody assigned, on a fresh article. */
async function unassignedClaim(ws: TestWorkspace, fields: { statement?: string } = {}) {
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  return (await claimWithVerdict(ws, article, "12 people were hurt", "NONE", fields)).claim;
}

/** `by` assigns the workspace's editor to check the claim and its reviewer to review it. */
const assignBoth = (ws: TestWorkspace, by: Actor, claimId: string) =>
  assignClaim(
    by,
    AssignClaimInputSchema.parse({ claimId, editorId: ws.users.EDITOR.id, reviewerId: ws.users.REVIEWER.id }),
  );

describe("CLAIM_ASSIGNED", () => {
  it("the newly assigned editor and reviewer hear of it, by link to the claim and by email; the assigner and other workspaces do not", async () => {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const claim = await unassignedClaim(ws, { statement: "At least 12 people were hurt in the flood" });

    await assignBoth(ws, ws.actors.ADMIN, claim.id);

    const [toEditor] = await inbox(ws.users.EDITOR.id, "CLAIM_ASSIGNED");
    expect(toEditor).toMatchObject({
      workspaceId: ws.workspace.id,
      title: "Claim assigned to you: “At least 12 people were hurt in the flood”",
      link: `/w/${ws.workspace.slug}/claims/${claim.id}`,
      readAt: null,
    });
    expect(toEditor!.body).toContain("assigned you to check the claim");
    const [toReviewer] = await inbox(ws.users.REVIEWER.id, "CLAIM_ASSIGNED");
    expect(toReviewer!.body).toContain("assigned you to review the claim");
    expect(await inbox(ws.users.ADMIN.id, "CLAIM_ASSIGNED")).toEqual([]);
    expect(
      await db.notification.count({ where: { userId: { in: Object.values(other.users).map((u) => u.id) } } }),
    ).toBe(0);

    const mail = await catcher.waitForMail(ws.users.EDITOR.email, { subject: /Claim assigned to you/ });
    expect(mail.text).toContain("assigned you to check the claim “At least 12 people were hurt in the flood”");
    expect(catcher.linkIn(mail, `/claims/${claim.id}`)).toMatch(
      new RegExp(`/w/${ws.workspace.slug}/claims/${claim.id}$`),
    );

    // the same assignment again names nobody new
    await assignBoth(ws, ws.actors.ADMIN, claim.id);
    expect(await inbox(ws.users.EDITOR.id, "CLAIM_ASSIGNED")).toHaveLength(1);
  });

  it("nobody is notified of their own action: a reviewer assigning themselves", async () => {
    const ws = await createWorkspaceWithMembers();
    const claim = await unassignedClaim(ws);
    await assignBoth(ws, ws.actors.REVIEWER, claim.id);
    expect(await inbox(ws.users.REVIEWER.id)).toEqual([]);
    expect(await inbox(ws.users.EDITOR.id, "CLAIM_ASSIGNED")).toHaveLength(1);
  });

  it("with email turned off for assignments: in the inbox, no email", async () => {
    const ws = await createWorkspaceWithMembers();
    await emailOff(ws.users.EDITOR.id, "CLAIM_ASSIGNED");
    const claim = await unassignedClaim(ws);
    await assignBoth(ws, ws.actors.ADMIN, claim.id);
    expect(await inbox(ws.users.EDITOR.id, "CLAIM_ASSIGNED")).toHaveLength(1);
    expect(await queuedTo(ws.users.EDITOR.email)).toBe(0);
    await catcher.waitForMail(ws.users.REVIEWER.email, { subject: /Claim assigned/ }); // the reviewer's default still emails
    expect(mailsTo(ws.users.EDITOR.email)).toEqual([]);
  });
});

describe("VERDICT_CHANGES_REQUESTED / _REJECTED / _APPROVED", () => {
  const REASON = [
    "The hospital figure is from Sunday, not Monday.",
    "",
    "Please cite the regional health office's bulletin of 4 November instead, and say that the count may still rise: " +
      "the office updates it every evening. ".repeat(40).trim(),
  ].join("\n");

  it("the author gets the reviewer's whole reason, in the inbox and in the email; the reviewer gets nothing", async () => {
    const ws = await createWorkspaceWithMembers();
    const { claim, verdict } = await submittedVerdict(ws);
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: verdict!.id,
        lockVersion: 2,
        decision: "REQUEST_CHANGES",
        reason: REASON,
      }),
    );

    const [sentBack] = await inbox(ws.users.EDITOR.id, "VERDICT_CHANGES_REQUESTED");
    expect(sentBack!.title).toBe("Changes requested on your verdict: “At least 12 people were hurt in the flood”");
    expect(sentBack!.body).toContain(`Reason:\n${REASON}`);
    expect(sentBack!.body.length).toBeGreaterThan(REASON.length);
    expect(sentBack!.link).toBe(`/w/${ws.workspace.slug}/claims/${claim.id}`);
    expect(await inbox(ws.users.REVIEWER.id)).toEqual([]);

    const mail = await catcher.waitForMail(ws.users.EDITOR.email, { subject: /Changes requested/ });
    expect(mail.text.replace(/\s+/g, " ")).toContain(REASON.replace(/\s+/g, " "));
  });

  it("rejected and approved reach the author under their own kinds", async () => {
    const ws = await createWorkspaceWithMembers();
    const rejected = await submittedVerdict(ws);
    await reviewVerdict(
      ws.actors.ADMIN,
      ReviewVerdictInputSchema.parse({
        verdictId: rejected.verdict!.id,
        lockVersion: 2,
        decision: "REJECT",
        reason: "No source supports it.",
      }),
    );
    expect((await inbox(ws.users.EDITOR.id, "VERDICT_REJECTED"))[0]!.body).toMatch(
      /rejected your verdict.*\n\nReason:\nNo source supports it\.$/s,
    );

    const approved = await submittedVerdict(ws);
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({ verdictId: approved.verdict!.id, lockVersion: 2, decision: "APPROVE" }),
    );
    const [approval] = await inbox(ws.users.EDITOR.id, "VERDICT_APPROVED");
    expect(approval!.title).toMatch(/^Your verdict was approved: /);
    expect(approval!.body).not.toContain("Reason:");
  });

  it("a refused review writes no notification and queues no mail", async () => {
    const ws = await createWorkspaceWithMembers();
    const { verdict } = await submittedVerdict(ws);
    const [notifications, mails] = [
      await db.notification.count({ where: { userId: ws.users.EDITOR.id } }),
      await queuedTo(ws.users.EDITOR.email),
    ];
    await expect(
      reviewVerdict(
        ws.actors.REVIEWER,
        ReviewVerdictInputSchema.parse({ verdictId: verdict!.id, lockVersion: 2, decision: "REQUEST_CHANGES" }),
      ),
    ).rejects.toThrow(InvalidTransitionError);
    expect(await db.notification.count({ where: { userId: ws.users.EDITOR.id } })).toBe(notifications);
    expect(await queuedTo(ws.users.EDITOR.email)).toBe(mails);
  });
});

describe("REPORT_CORRECTED", () => {
  /** A published report on an article with the editor's approved verdict (and, with `adminToo`, an approved one by the admin). */
  async function publishedReport(adminToo = false) {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
    const approved = await claimWithVerdict(ws, article, "12 people were hurt", "APPROVED");
    if (adminToo) await claimWithVerdict(byAdmin(ws), article, "the old dam held", "APPROVED");
    const report = await articleReport(ws, article, "Flood fact-check");
    await publishReport(ws.actors.REVIEWER, report.id);
    return { ws, other, article, approved, report };
  }

  it("revising an approved verdict of a published report: the report's other authors are told, with the note and a link; the reviser and other workspaces are not", async () => {
    const { ws, other, approved, report } = await publishedReport(true);
    const note = "Version 2 of our check: the coroner counts nine people hurt, not twelve.";
    await reviseVerdict(
      ws.actors.EDITOR,
      ReviseVerdictInputSchema.parse({
        verdictId: approved.verdict!.id,
        lockVersion: 3,
        ratingKey: "FALSE_CLAIM",
        summary: "Nine, not twelve.",
        evidence: [],
        correctionNote: note,
      }),
    );

    const [corrected] = await inbox(ws.users.ADMIN.id, "REPORT_CORRECTED");
    expect(corrected).toMatchObject({
      title: "Correction issued on “Flood fact-check”",
      link: `/w/${ws.workspace.slug}/reports/${report.id}`,
      workspaceId: ws.workspace.id,
    });
    expect(corrected!.body).toContain(`Correction note:\n${note}`);
    expect(await inbox(ws.users.EDITOR.id, "REPORT_CORRECTED")).toEqual([]);
    expect(await db.notification.count({ where: { workspaceId: other.workspace.id } })).toBe(0);
    const mail = await catcher.waitForMail(ws.users.ADMIN.email, { subject: /Correction issued/ });
    expect(mail.text).toContain(note);
  });

  it("a reviewer's correction (resolving a pending change): the authors of the report's verdicts get the note in full, by email too", async () => {
    const { ws, article, report } = await publishedReport();
    await importArticleVersion(
      ws.actors.EDITOR,
      article.article.id,
      TEXT.replace("12 people were hurt", "15 people were hurt"),
    );
    const note = "The article now says 15 people were hurt; our verdict on 12 stands for the first version.";
    await resolvePendingCorrections(ws.actors.REVIEWER, { reportId: report.id, note });

    const [corrected] = await inbox(ws.users.EDITOR.id, "REPORT_CORRECTED");
    expect(corrected).toMatchObject({
      title: "Correction issued on “Flood fact-check”",
      link: `/w/${ws.workspace.slug}/reports/${report.id}`,
      workspaceId: ws.workspace.id,
    });
    expect(corrected!.body).toContain(`Correction note:\n${note}`);
    expect(await inbox(ws.users.REVIEWER.id, "REPORT_CORRECTED")).toEqual([]);
    expect(await inbox(ws.users.VIEWER.id)).toEqual([]);
    const mail = await catcher.waitForMail(ws.users.EDITOR.email, { subject: /Correction issued/ });
    expect(mail.text).toContain(note);
    expect(catcher.linkIn(mail, `/reports/${report.id}`)).toContain(`/w/${ws.workspace.slug}/reports/${report.id}`);
  });

  it("approving a verdict that changes a published report: the report's other authors hear of the correction", async () => {
    const { ws, article, report } = await publishedReport();
    // a second claim of the article, its verdict by the admin, submitted; the reviewer approves it with a note
    const dam = await claimWithVerdict(byAdmin(ws), article, "the old dam held", "SUBMITTED");
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: dam.verdict!.id,
        lockVersion: 2,
        decision: "APPROVE",
        correctionNote: "Added our check of the dam.",
      }),
    );

    expect(await inbox(ws.users.EDITOR.id, "REPORT_CORRECTED")).toHaveLength(1);
    expect(await inbox(ws.users.ADMIN.id, "REPORT_CORRECTED")).toHaveLength(1);
    expect(await inbox(ws.users.ADMIN.id, "VERDICT_APPROVED")).toHaveLength(1);
    expect(await inbox(ws.users.REVIEWER.id)).toEqual([]);
    expect(
      await db.notification.findFirstOrThrow({ where: { userId: ws.users.EDITOR.id, kind: "REPORT_CORRECTED" } }),
    ).toMatchObject({ link: `/w/${ws.workspace.slug}/reports/${report.id}` });
  });
});

describe("in the recipient's language", () => {
  it("a person who chose Ukrainian reads the notification and its email in Ukrainian; everyone else in English, worded as always", async () => {
    const ws = await createWorkspaceWithMembers();
    await db.user.update({ where: { id: ws.users.EDITOR.id }, data: { locale: "uk" } });
    const { claim, verdict } = await submittedVerdict(ws);
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: verdict!.id,
        lockVersion: 2,
        decision: "REQUEST_CHANGES",
        reason: "Cite the bulletin.",
      }),
    );

    const [sentBack] = await inbox(ws.users.EDITOR.id, "VERDICT_CHANGES_REQUESTED");
    expect(sentBack!.title).toBe("Ваш вердикт повернуто на доопрацювання: «At least 12 people were hurt in the flood»");
    expect(sentBack!.body).toBe(
      `Ваш вердикт щодо твердження «At least 12 people were hurt in the flood» у робочому просторі «${ws.workspace.name}» повернуто на доопрацювання. Рецензент: ${ws.users.REVIEWER.name}.\n\nПричина:\nCite the bulletin.`,
    );
    const mail = await catcher.waitForMail(ws.users.EDITOR.email, { subject: /доопрацювання/ });
    expect(mail.text).toContain("Причина:\nCite the bulletin.");
    expect(mail.text).toMatch(new RegExp(`Відкрити у Factdesk: \\S+/w/${ws.workspace.slug}/claims/${claim.id}`));
    expect(mail.text).toMatch(/Оберіть, про що сповіщати вас електронною поштою: \S+\/account\/notifications/);

    // the reviewer chose nothing: English, as it always was
    await assignBoth(ws, ws.actors.ADMIN, claim.id);
    const [toReviewer] = await inbox(ws.users.REVIEWER.id, "CLAIM_ASSIGNED");
    expect(toReviewer!.body).toBe(
      `${ws.users.ADMIN.name} assigned you to review the claim “At least 12 people were hurt in the flood” in ${ws.workspace.name}.`,
    );
    const english = await catcher.waitForMail(ws.users.REVIEWER.email, { subject: /Claim assigned to you/ });
    expect(english.text.replace(/https?:\/\/\S+/g, "<link>").trim()).toBe(
      [
        toReviewer!.body,
        "",
        "Open it in Factdesk: <link>",
        "",
        "Choose which notifications you receive by email: <link>",
      ].join("\n"),
    );
    const [toEditor] = await inbox(ws.users.EDITOR.id, "CLAIM_ASSIGNED");
    expect(toEditor!.title).toBe("Вам доручено твердження: «At least 12 people were hurt in the flood»");
  });

  it("a long claim is cut at a word in the title, inside each language's quotes", async () => {
    const ws = await createWorkspaceWithMembers();
    await db.user.update({ where: { id: ws.users.EDITOR.id }, data: { locale: "uk" } });
    const statement =
      "At least twelve people were hurt in the flood that swept through the lower town on Monday night, officials said";
    const claim = await unassignedClaim(ws, { statement });
    await assignBoth(ws, ws.actors.ADMIN, claim.id);
    expect((await inbox(ws.users.REVIEWER.id, "CLAIM_ASSIGNED"))[0]!.title).toBe(
      "Claim assigned to you: “At least twelve people were hurt in the flood that swept through the lower town on Monday…”",
    );
    expect((await inbox(ws.users.EDITOR.id, "CLAIM_ASSIGNED"))[0]!.title).toBe(
      "Вам доручено твердження: «At least twelve people were hurt in the flood that swept through the lower town on Monday…»",
    );
  });
});

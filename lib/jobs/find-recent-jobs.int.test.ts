import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { inviteMember } from "@/lib/invitations/invite-member";
import { findInvitations } from "@/lib/invitations/find-invitations";
import { findRecentJobs } from "@/lib/jobs/find-recent-jobs";
import { eventually, startTestJobRunner, type TestJobs } from "@/lib/worker/test-support";
import { createWorkspaceWithMembers, uniqueEmail } from "@/prisma/factories";

let jobs: TestJobs;
beforeAll(async () => {
  jobs = await startTestJobRunner({ retryDelaySeconds: 60 });
  process.env.SMTP_URL = "smtp://127.0.0.1:9"; // refused: every send fails
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await jobs.stop();
});

describe("findRecentJobs (the admin's jobs page and GET /api/v1/workspace/jobs)", () => {
  it("an admin sees their workspace's mail job with its failed try and the reason, never the mail; another workspace's admin does not", async () => {
    const ws = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const email = uniqueEmail("invited");
    await inviteMember(ws.actors.ADMIN, { email, name: "", role: "EDITOR" });

    const [job] = await eventually(async () => {
      const found = await findRecentJobs(ws.actors.ADMIN);
      return found.length > 0 && found[0]!.state === "retry" ? found : null;
    }, "the mail job's first failed try");
    expect(job).toMatchObject({
      queue: "mail.deliver",
      state: "retry",
      attempts: 1,
      maxAttempts: 5,
      completedAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });
    expect(JSON.stringify(job)).not.toContain(email);
    // the invitation's delivery status says the same
    const [invitation] = await findInvitations(ws.actors.ADMIN);
    expect(invitation!.delivery).toMatchObject({
      state: "failed",
      sentAt: null,
      lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
    });

    expect(await findRecentJobs(other.actors.ADMIN)).toEqual([]);
  });

  it("is for admins only", async () => {
    const ws = await createWorkspaceWithMembers();
    for (const role of ["VIEWER", "EDITOR", "REVIEWER"] as const)
      await expect(findRecentJobs(ws.actors[role])).rejects.toThrow(ForbiddenError);
  });
});

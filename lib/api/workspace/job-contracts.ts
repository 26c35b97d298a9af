import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { DateTime, Id, pageSchema } from "@/lib/api/http/wire";
import { PageQuerySchema } from "@/lib/paging/newest-first";

export const JobSchema = z
  .object({
    id: Id,
    queue: z.string().describe("e.g. mail.deliver"),
    state: z
      .enum(["created", "retry", "active", "completed", "cancelled", "failed"])
      .describe("retry: a try failed and another is due; failed: every try failed"),
    attempts: z.number().int().describe("tries so far"),
    maxAttempts: z.number().int(),
    createdAt: DateTime,
    startedAt: DateTime.nullable().describe("the last try's start"),
    completedAt: DateTime.nullable(),
    lastError: z.string().nullable().describe("why the last try failed (retry, failed); the job's data is never shown"),
  })
  .meta({ id: "Job" });

export const listJobsRoute = defineRoute({
  method: "GET",
  path: "/workspace/jobs",
  operationId: "listJobs",
  summary: "Recent background jobs of the workspace (admins)",
  description:
    "The background jobs that belong to the workspace (such as delivering its invitation and notification emails), newest first, a page at a time, with their state, tries and last error. " +
    "Jobs run on the server with retries: a mail whose tries all failed shows as failed here and in the invitation's delivery status.",
  tag: "Workspace",
  role: "ADMIN",
  query: PageQuerySchema,
  success: { status: 200, description: "A page of jobs, newest first", schema: pageSchema(JobSchema, "JobPage") },
  errors: [400, 403],
});

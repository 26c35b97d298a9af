import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { DateTime, Id } from "@/lib/api/http/wire";

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

export const JobListSchema = z.object({ items: z.array(JobSchema) }).meta({ id: "JobList" });

export const listJobsRoute = defineRoute({
  method: "GET",
  path: "/workspace/jobs",
  operationId: "listJobs",
  summary: "Recent background jobs of the workspace (admins)",
  description:
    "The newest 100 background jobs that belong to the workspace (such as delivering its invitation and notification emails), with their state, tries and last error. " +
    "Jobs run on the server with retries: a mail whose tries all failed shows as failed here and in the invitation's delivery status.",
  tag: "Workspace",
  role: "ADMIN",
  success: { status: 200, description: "The jobs, newest first", schema: JobListSchema },
  errors: [403],
});

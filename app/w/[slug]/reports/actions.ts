"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { idempotentAction, runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { revalidateWorkspaceIfOk } from "@/app/_lib/revalidate-workspace";
import { createReport } from "@/lib/reports/create-report";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { importWebAnnotations, type ImportWebAnnotationsResult } from "@/lib/reports/import-web-annotations";
import { CreateReportInputSchema, ResolvePendingCorrectionsInputSchema } from "@/lib/reports/schemas";
import { resolvePendingCorrections } from "@/lib/reports/resolve-pending-corrections";

// Thin adapters: parse once, act as the signed-in member of the workspace in the URL.

export async function createReportAction(
  slug: string,
  _previous: ActionResult<{ id: string }> | null,
  form: FormData,
): Promise<ActionResult<{ id: string }>> {
  const result = await idempotentAction("createReport", [slug, form], () =>
    runFormAction(form, async (fields) =>
      createReport(
        await getActor(slug),
        CreateReportInputSchema.parse({ ...fields, claimIds: form.getAll("claimIds").map(String) }),
      ),
    ),
  );
  if (result.ok) redirect(`/w/${slug}/reports/${result.data.id}`);
  return result;
}

export async function publishReportAction(
  slug: string,
  reportId: string,
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const t = await getTranslations("reports.publication");
  const result = await runFormAction(
    form,
    async () => publishReport(await getActor(slug), reportId),
    t("publishedMessage"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/reports`, "layout");
  return result;
}

export async function unpublishReportAction(
  slug: string,
  reportId: string,
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const t = await getTranslations("reports.publication");
  const result = await runFormAction(
    form,
    async () => unpublishReport(await getActor(slug), reportId),
    t("unpublishedMessage"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/reports`, "layout");
  return result;
}

/** Upload of a W3C Web Annotation file; `articleId` from the form (or fixed by the article page). */
export async function importAnnotationsAction(
  slug: string,
  _previous: ActionResult<ImportWebAnnotationsResult> | null,
  form: FormData,
): Promise<ActionResult<ImportWebAnnotationsResult>> {
  const result = await runFormAction(form, async (fields) => {
    const file = form.get("file");
    const upload =
      file instanceof File && file.size > 0
        ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
        : null;
    return importWebAnnotations(await getActor(slug), { file: upload, articleId: fields.articleId || null });
  });
  if (result.ok) revalidatePath(`/w/${slug}/articles`, "layout");
  return result;
}

/** Pending corrections show on the report and on each claim's page: the whole workspace is redrawn. */
export async function resolvePendingCorrectionsAction(
  slug: string,
  reportId: string,
  _previous: ActionResult<{ corrections: number }> | null,
  form: FormData,
): Promise<ActionResult<{ corrections: number }>> {
  const t = await getTranslations("reports.correction");
  const result = await runFormAction(
    form,
    async ({ note, throughId }) =>
      resolvePendingCorrections(
        await getActor(slug),
        ResolvePendingCorrectionsInputSchema.parse({ reportId, note, throughId }),
      ),
    t("published"),
  );
  return revalidateWorkspaceIfOk(slug, result);
}

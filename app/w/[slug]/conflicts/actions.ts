"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { runAction, runFormAction, type ActionResult } from "@/app/_lib/run-action";
import { detectConflicts, type DetectionResult } from "@/lib/conflicts/detect-conflicts";
import { resolveConflict } from "@/lib/conflicts/resolve-conflict";
import { reopenConflict } from "@/lib/conflicts/reopen-conflict";
import { ReopenConflictInputSchema, ResolveConflictInputSchema } from "@/lib/conflicts/schemas";
import { resolveInputFromForm } from "./resolve-input";
import { getTranslations } from "next-intl/server";

export async function detectConflictsAction(
  slug: string,
  _previous: ActionResult<DetectionResult> | null,
): Promise<ActionResult<DetectionResult>> {
  const result = await runAction(async () => detectConflicts(await getActor(slug)));
  if (result.ok) revalidatePath(`/w/${slug}/conflicts`);
  return result;
}

export async function resolveConflictAction(
  slug: string,
  conflictId: string,
  _previous: ActionResult<unknown> | null,
  form: FormData,
): Promise<ActionResult<unknown>> {
  const t = await getTranslations("conflicts.actions");
  const result = await runFormAction(
    form,
    async () =>
      resolveConflict(await getActor(slug), ResolveConflictInputSchema.parse(resolveInputFromForm(conflictId, form))),
    t("resolved"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/conflicts`, "layout");
  return result;
}

export async function reopenConflictAction(
  slug: string,
  conflictId: string,
  _previous: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  const t = await getTranslations("conflicts.actions");
  const result = await runFormAction(
    form,
    async (fields) =>
      reopenConflict(await getActor(slug), ReopenConflictInputSchema.parse({ conflictId, reason: fields.reason })),
    t("reopened"),
  );
  if (result.ok) revalidatePath(`/w/${slug}/conflicts`, "layout");
  return result;
}

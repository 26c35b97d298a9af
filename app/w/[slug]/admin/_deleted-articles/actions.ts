"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { getTranslations } from "next-intl/server";
import { runAction, type ActionResult } from "@/app/_lib/run-action";
import { restoreArticle } from "@/lib/articles/restore-article";

export async function restoreArticleAction(slug: string, articleId: unknown): Promise<ActionResult> {
  const t = await getTranslations("admin.actions");
  const result = await runAction(
    async () => restoreArticle(await getActor(slug), z.string().min(1).parse(articleId)),
    t("articleRestored"),
  );
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}

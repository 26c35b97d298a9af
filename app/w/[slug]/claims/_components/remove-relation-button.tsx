"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { useState, useTransition } from "react";
import { deleteClaimRelationAction } from "../actions";
import { settle } from "@/app/_components/settle-action";

/** Editors: removes a relation recorded by mistake; the focus then goes to the relations heading. */
export function RemoveRelationButton({
  slug,
  relationId,
  description,
  headingId,
}: {
  slug: string;
  relationId: string;
  description: string;
  headingId: string;
}) {
  const router = useRouter();
  const t = useTranslations("claims.removeRelationButton");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        className="button small danger"
        type="button"
        aria-disabled={pending || undefined}
        aria-label={t("label", { description })}
        onClick={() =>
          !pending &&
          start(async () => {
            const result = await settle(deleteClaimRelationAction(slug, { relationId }));
            if (!result.ok) return setError(result.error);
            router.refresh();
            focusWhenPresent(headingId);
          })
        }
      >
        {pending ? t("removing") : t("remove")}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}

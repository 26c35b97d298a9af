"use client";

import { useTranslations } from "next-intl";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { useState } from "react";
import { deleteClaimRelationAction } from "../actions";
import { useActionCall } from "@/app/_components/use-action-call";

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
  const t = useTranslations("claims.removeRelationButton");
  const [error, setError] = useState<string | null>(null);
  const [pending, call] = useActionCall();
  return (
    <>
      <button
        className="button small danger"
        type="button"
        aria-disabled={pending || undefined}
        aria-label={t("label", { description })}
        onClick={() =>
          !pending &&
          call(
            () => deleteClaimRelationAction(slug, { relationId }),
            (result) => (result.ok ? focusWhenPresent(headingId) : setError(result.error)),
          )
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

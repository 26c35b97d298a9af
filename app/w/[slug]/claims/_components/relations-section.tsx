import { useTranslations } from "next-intl";
import type { ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";
import { RelationLine } from "@/app/_components/claims/relation-line";
import { relationWordsKey } from "@/app/_components/claims/relation-words";
import { AddRelationForm } from "./add-relation-form";
import { RemoveRelationButton } from "./remove-relation-button";

const HEADING_ID = "relations-heading";

/** A claim's typed relations in words, both directions, with links; editors add and remove them. */
export function RelationsSection({
  slug,
  claimId,
  relations,
  canEdit,
}: {
  slug: string;
  claimId: string;
  relations: ClaimRelationDto[];
  canEdit: boolean;
}) {
  const t = useTranslations("claims.relationsSection");
  const tc = useTranslations("common.claims");
  if (relations.length === 0 && !canEdit) return null;
  return (
    <section className="card" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        {t("heading", { count: relations.length })}
      </h2>
      {relations.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ul className="relation-list">
          {relations.map((r) => (
            <li key={`${r.id}-${r.direction}`}>
              <span>
                <RelationLine slug={slug} relation={r} />
              </span>
              {canEdit && (
                <RemoveRelationButton
                  slug={slug}
                  relationId={r.id}
                  description={`${tc(relationWordsKey(r))} ${r.other.statement}`}
                  headingId={HEADING_ID}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && <AddRelationForm slug={slug} claimId={claimId} headingId={HEADING_ID} />}
    </section>
  );
}

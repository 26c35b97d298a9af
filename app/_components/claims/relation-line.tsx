import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";
import { relationWordsKey } from "./relation-words";

/** One relation in words, with a link to the other claim: "Translation of: … (de) — original: …". */
export function RelationLine({ slug, relation: r }: { slug: string; relation: ClaimRelationDto }) {
  const t = useTranslations("common.claims");
  return (
    <>
      <span className="relation-kind">{t(relationWordsKey(r))}:</span>{" "}
      <Link href={`/w/${slug}/claims/${r.other.id}`}>{r.other.statement}</Link>
      {r.other.claimant && <span className="muted"> ({r.other.claimant})</span>}
      {r.kind === "TRANSLATION_OF" && r.language && <span> ({r.language})</span>}
      {r.kind === "TRANSLATION_OF" && r.originalWording && (
        <span>
          {" "}
          — {t("original")} <q lang={r.language ?? undefined}>{r.originalWording}</q>
        </span>
      )}
      {r.note && <span className="relation-note"> {t("note", { note: r.note })}</span>}
    </>
  );
}

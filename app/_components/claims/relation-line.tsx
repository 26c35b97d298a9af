import Link from "next/link";
import type { ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";
import { relationWords } from "./relation-words";

/** One relation in words, with a link to the other claim: "Translation of: … (de) — original: …". */
export function RelationLine({ slug, relation: r }: { slug: string; relation: ClaimRelationDto }) {
  return (
    <>
      <span className="relation-kind">{relationWords(r)}:</span> <Link href={`/w/${slug}/claims/${r.other.id}`}>{r.other.statement}</Link>
      {r.other.claimant && <span className="muted"> ({r.other.claimant})</span>}
      {r.kind === "TRANSLATION_OF" && r.language && <span> ({r.language})</span>}
      {r.kind === "TRANSLATION_OF" && r.originalWording && (
        <span>
          {" "}— original: <q lang={r.language ?? undefined}>{r.originalWording}</q>
        </span>
      )}
      {r.note && <span className="relation-note"> Note: {r.note}</span>}
    </>
  );
}

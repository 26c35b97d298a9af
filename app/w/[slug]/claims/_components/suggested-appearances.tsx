"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { SpanSuggestionDto } from "@/lib/claims/find-claim-suggestions";
import { addSuggestedAppearanceAction } from "../actions";

/** Sentences elsewhere that likely state this claim; each is linked only on an editor's click. */
export function SuggestedAppearances({ slug, claimId, suggestions }: { slug: string; claimId: string; suggestions: SpanSuggestionDto[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (suggestions.length === 0) return <p className="muted">No other passage in this workspace looks like the same claim.</p>;
  return (
    <>
      {error && <p role="alert" className="alert error">{error}</p>}
      <ul style={{ listStyle: "none", padding: 0 }}>
        {suggestions.map((s) => (
          <li key={`${s.versionId}-${s.start}`} className="evidence-item">
            <p className="appearance">“{s.sentence}”</p>
            <p className="muted">
              <Link href={`/w/${slug}/articles/${s.articleId}`}>{s.articleTitle}</Link> · {s.reasons.join(", ") || "similar"} · score {s.score.toFixed(2)}
            </p>
            <button className="button small secondary" type="button" disabled={pending}
              onClick={() => start(async () => {
                const result = await addSuggestedAppearanceAction(slug, { claimId, articleId: s.articleId, versionId: s.versionId, start: s.start, end: s.end, exact: s.sentence });
                if (!result.ok) return setError(result.error);
                router.refresh();
              })}>
              Add as appearance
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

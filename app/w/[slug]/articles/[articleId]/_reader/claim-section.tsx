"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { parseClaimValue } from "@/lib/claims/parse-value";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { ClaimHitDto } from "@/lib/claims/search-claims";
import { createClaimAction, linkAppearanceAction, searchClaimsAction } from "../../../claims/actions";

const QUALIFIERS = [["", "—"], ["EXACT", "exactly"], ["AT_LEAST", "at least"], ["ABOUT", "about"], ["MORE_THAN", "more than"], ["UP_TO", "up to"], ["FEWER_THAN", "fewer than"]] as const;

/** In the annotation panel: the claims this passage states, and (for editors) creating or linking one. */
export function ClaimSection({ slug, annotation: a, canWrite }: { slug: string; annotation: AnnotationDto; canWrite: boolean }) {
  const router = useRouter();
  const [mode, setMode] = useState<"none" | "create" | "link">("none");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<ClaimHitDto[]>([]);
  const suggestion = parseClaimValue(a.exact);

  useEffect(() => {
    if (mode !== "link") return;
    const timer = setTimeout(async () => {
      const result = await searchClaimsAction(slug, query);
      if (result.ok) setHits(result.data.filter((h) => !a.claims.some((c) => c.id === h.id)));
    }, 200);
    return () => clearTimeout(timer);
  }, [mode, query, slug, a.claims]);

  const done = (result: { ok: boolean; error?: string }) => {
    if (!result.ok) return setError(result.error ?? "Something went wrong.");
    setError(null);
    setMode("none");
    router.refresh();
  };
  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    start(async () => done(await createClaimAction(slug, { annotationId: a.id, ...fields })));
  }

  return (
    <section aria-labelledby={`claims-${a.id}`} style={{ marginTop: "1rem" }}>
      <h3 id={`claims-${a.id}`}>Claim</h3>
      {a.claims.map((c) => <p key={c.id}><Link href={`/w/${slug}/claims/${c.id}`}>{c.statement}</Link></p>)}
      {a.claims.length === 0 && mode === "none" && <p className="muted">Not linked to a claim.</p>}
      {error && <p role="alert" className="alert error">{error}</p>}
      {canWrite && mode === "none" && (
        <div className="row-actions">
          <button className="button small" type="button" onClick={() => setMode("create")}>Create claim</button>
          <button className="button small secondary" type="button" onClick={() => setMode("link")}>Link to existing claim</button>
        </div>
      )}
      {mode === "create" && (
        <form onSubmit={create} aria-label="Create claim">
          <div className="field"><label htmlFor="c-statement">Statement (normalized)</label><textarea id="c-statement" name="statement" defaultValue={a.exact} required style={{ minHeight: "3rem" }} /></div>
          <div className="form-row">
            <div className="field"><label htmlFor="c-claimant">Claimant</label><input id="c-claimant" name="claimant" type="text" /></div>
            <div className="field"><label htmlFor="c-date">Claim date</label><input id="c-date" name="claimDate" type="date" /></div>
          </div>
          <fieldset style={{ border: "1px solid var(--line)", borderRadius: 6, padding: "0.5rem 0.75rem", marginBottom: "0.75rem" }}>
            <legend style={{ fontWeight: 600 }}>Value {suggestion && <span className="muted" style={{ fontWeight: 400 }}>(suggested from the text — check it)</span>}</legend>
            <div className="form-row">
              <div className="field"><label htmlFor="c-metric">Metric</label><input id="c-metric" name="metric" type="text" size={10} defaultValue={suggestion?.metric ?? ""} /></div>
              <div className="field"><label htmlFor="c-qualifier">Qualifier</label>
                <select id="c-qualifier" name="qualifier" defaultValue={suggestion?.qualifier ?? ""}>{QUALIFIERS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}</select>
              </div>
              <div className="field"><label htmlFor="c-low">Value</label><input id="c-low" name="valueLow" type="text" inputMode="decimal" size={8} defaultValue={suggestion?.valueLow ?? ""} /></div>
              <div className="field"><label htmlFor="c-high">to (range)</label><input id="c-high" name="valueHigh" type="text" inputMode="decimal" size={8} defaultValue={suggestion?.valueHigh !== suggestion?.valueLow ? (suggestion?.valueHigh ?? "") : ""} /></div>
              <div className="field"><label htmlFor="c-unit">Unit</label><input id="c-unit" name="unit" type="text" size={6} defaultValue={suggestion?.unit ?? ""} /></div>
            </div>
            <div className="form-row">
              <div className="field"><label htmlFor="c-event">Event</label><input id="c-event" name="eventLabel" type="text" placeholder="e.g. overnight strike on Kyiv" /></div>
              <div className="field"><label htmlFor="c-event-date">Event date</label><input id="c-event-date" name="eventDate" type="date" /></div>
              <div className="field"><label htmlFor="c-place">Place</label><input id="c-place" name="eventPlace" type="text" size={10} /></div>
            </div>
          </fieldset>
          <div className="row-actions">
            <button className="button small" type="submit" disabled={pending}>Save claim</button>
            <button className="button small secondary" type="button" onClick={() => setMode("none")}>Cancel</button>
          </div>
        </form>
      )}
      {mode === "link" && (
        <div role="group" aria-label="Link to an existing claim">
          <label htmlFor="claim-search" className="visually-hidden">Search claims</label>
          <input id="claim-search" type="search" placeholder="Search claims…" value={query} onChange={(e) => setQuery(e.target.value)} autoFocus style={{ width: "100%" }} />
          <ul className="annotation-list" style={{ marginTop: "0.5rem" }} aria-live="polite">
            {hits.map((h) => (
              <li key={h.id}>
                <button type="button" disabled={pending} onClick={() => start(async () => done(await linkAppearanceAction(slug, { claimId: h.id, annotationId: a.id })))}>
                  <span className="q">{h.statement}</span>
                  <span className="meta">{h.claimant ?? "no claimant"} · {h.appearances} appearance{h.appearances === 1 ? "" : "s"}</span>
                </button>
              </li>
            ))}
            {hits.length === 0 && <li className="muted">No matching claim.</li>}
          </ul>
          <button className="button small secondary" type="button" onClick={() => setMode("none")}>Cancel</button>
        </div>
      )}
    </section>
  );
}

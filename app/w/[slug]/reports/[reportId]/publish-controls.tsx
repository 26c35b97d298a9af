"use client";

import { useActionState } from "react";
import { publishReportAction, unpublishReportAction } from "../actions";

/** Publication state, the public link, and (for reviewers) publish / unpublish. */
export function PublishControls({ slug, reportId, publicUrl, everPublished, canPublish }: { slug: string; reportId: string; publicUrl: string | null; everPublished: boolean; canPublish: boolean }) {
  const [published, publish, publishing] = useActionState(publishReportAction.bind(null, slug, reportId), null);
  const [unpublished, unpublish, unpublishing] = useActionState(unpublishReportAction.bind(null, slug, reportId), null);
  const result = publicUrl ? published : unpublished;
  const failed = [published, unpublished].find((r) => r && !r.ok);
  return (
    <section className="card publication" aria-labelledby="publication-heading">
      <h2 id="publication-heading">Publication</h2>
      {failed && !failed.ok && <p role="alert" className="alert error">{failed.error}</p>}
      {result?.ok && result.message && <p role="status" className="alert success">{result.message}</p>}
      {publicUrl ? (
        <>
          <p>
            <span className="badge published">Published</span> Anyone with the link can read it and download every format; it shows approved verdicts only. Changing a verdict in it now needs a correction note.
          </p>
          <p className="public-link">
            <label htmlFor="public-url">Public link</label>{" "}
            <input id="public-url" readOnly value={publicUrl} size={Math.min(publicUrl.length, 70)} onFocus={(e) => e.currentTarget.select()} /> <a href={publicUrl} target="_blank" rel="noopener">Open</a>
          </p>
          {canPublish && (
            <form action={unpublish}>
              <button className="button small danger" type="submit" disabled={unpublishing}>{unpublishing ? "Unpublishing…" : "Unpublish"}</button>
              <span className="muted"> The link then answers “not found”; publishing again restores the same link.</span>
            </form>
          )}
        </>
      ) : (
        <>
          <p><span className="badge">Not published</span> {everPublished ? "It was published before; publishing again restores the same link." : "Only members of this workspace can read it."}</p>
          {canPublish ? (
            <form action={publish}>
              <button className="button small" type="submit" disabled={publishing}>{publishing ? "Publishing…" : everPublished ? "Publish again" : "Publish"}</button>
              <span className="muted"> Creates a public, read-only link with approved verdicts only.</span>
            </form>
          ) : (
            <p className="muted">A reviewer publishes reports.</p>
          )}
        </>
      )}
    </section>
  );
}

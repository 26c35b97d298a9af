"use client";

import Link from "next/link";
import { useActionState } from "react";
import { importVersionAction } from "../../../actions";
import { SourceFields } from "../../../source-fields";
import { STATE_LABELS } from "../../_reader/annotation-list";

export function ImportVersionForm({ slug, articleId }: { slug: string; articleId: string }) {
  const [state, action, pending] = useActionState(importVersionAction.bind(null, slug, articleId), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = (state && !state.ok && state.values) || {};
  const base = `/w/${slug}/articles/${articleId}`;
  return (
    <form action={action} aria-label="Import a new version">
      {state && !state.ok && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <div role="status" className="alert success">
          {state.data.created ? (
            <>
              <p>Version {state.data.versionNumber} imported. Annotations re-anchored:</p>
              <ul>
                {Object.entries(state.data.states).map(([s, n]) => (
                  <li key={s}>
                    {STATE_LABELS[s]}: {n}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>The text is the same as version {state.data.versionNumber}: no new version was created.</p>
          )}
          <Link href={base}>Read the article</Link>
        </div>
      )}
      <SourceFields errors={errors} values={values} />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Importing…" : "Import version"}
      </button>
    </form>
  );
}

"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { readSelection, selectOffsets } from "@/lib/anchoring/dom";
import { unpackAnnotationsJson } from "@/lib/reader/packed-annotations";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import { firstMarkOf, flash, innermostIndex, markActive, markAt } from "@/lib/reader/highlight-dom";
import type { ActionResult } from "@/lib/http/action-result";
import { applyFilters, isPlaced } from "@/lib/reader/annotation-filters";
import { initialReaderState, readerReducer, selectionOf, type Kind } from "@/lib/reader/reader-state";
import { ArticleText } from "./article-text";
import { AnnotationList } from "./annotation-list";
import { AnnotationPanel } from "./annotation-panel";
import { SelectionToolbar } from "./selection-toolbar";
import { FindDialog } from "./find-dialog";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { NoteTooltip } from "./note-tooltip";
import { useReaderKeys } from "./use-reader-keys";
import { SuggestionList } from "./suggestion-list";
import * as actions from "../actions";
import { focusWhenPresent } from "@/app/_components/focus-when-present";
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { settle } from "@/app/_components/settle-action";
import { rememberOwnChange } from "@/app/_components/live/own-changes";
import { textLanguage } from "@/lib/articles/text-direction";

export interface ReaderProps {
  slug: string;
  articleId: string;
  versionId: string;
  isLatest: boolean;
  text: string;
  /** packAnnotationsJson(...) of the version's annotations: a lighter page than the objects */
  annotations: string;
  canWrite: boolean;
  /** editors on the latest version get suggestions of sentences to check */
  canSuggest: boolean;
  /** a link to one annotation (?annotation=<id>, e.g. from search): opened and shown on arrival */
  openAnnotationId?: string;
  /** the article's language tag: the text is rendered with its `lang` and `dir` */
  language?: string | null;
}

/** The article reader: text with highlights, selection toolbar, margin list, annotation panel and keyboard path. */
export function Reader({
  slug,
  articleId,
  versionId,
  isLatest,
  text,
  annotations: packed,
  canWrite,
  canSuggest,
  openAnnotationId,
  language,
}: ReaderProps) {
  const t = useTranslations("articles.reader");
  const loaded = useUnchangedAnnotations(packed, text);
  const [state, dispatch] = useReducer(readerReducer, loaded, (a) => initialReaderState(a, openAnnotationId ?? null));
  // the page's annotations after a refresh replace the reader's (React's pattern for state that follows a prop)
  const [seen, setSeen] = useState(loaded);
  if (seen !== loaded) {
    setSeen(loaded);
    dispatch({ type: "loaded", annotations: loaded });
  }
  const { annotations, text: mode, openId, dialog, activeId, hoverId, pointerDown, filters, error } = state;
  const selection = selectionOf(mode);
  const composing = mode.name === "composing" ? mode.kind : null;
  const reattachId = mode.name === "reattaching" ? mode.annotationId : null;
  const root = useRef<HTMLDivElement>(null);
  const column = useRef<HTMLDivElement>(null);
  const [pending, startTransition] = useTransition();
  const [annotationKey, renewAnnotationKey] = useIdempotencyKey();

  const shown = useMemo(() => applyFilters(annotations, filters), [annotations, filters]);
  const indexOf = useMemo(() => new Map(annotations.map((a, i) => [a.id, i])), [annotations]);
  const navigable = useMemo(() => shown.filter(isPlaced), [shown]);
  const opened = annotations.find((a) => a.id === openId) ?? null;
  const canAnnotate = canWrite && isLatest;

  // Highlights are live from here on (tests and the render benchmark wait for this). Set on the
  // element, not through state: a state change would render the whole reader a second time.
  useEffect(() => root.current?.setAttribute("data-hydrated", "true"), []);

  useEffect(() => {
    const onChange = () => {
      const el = root.current;
      if (el) dispatch({ type: "selected", selection: readSelection(el, text) });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [text]);

  // Mark the active annotation's highlight without re-rendering the text.
  useEffect(() => {
    if (root.current) markActive(root.current, activeId ? indexOf.get(activeId) : undefined);
  }, [activeId, indexOf]);

  const focusAnnotation = useCallback(
    (id: string, scroll: ScrollIntoViewOptions = { block: "center", behavior: "smooth" }) => {
      dispatch({ type: "activate", annotationId: id });
      const mark = root.current ? firstMarkOf(root.current, indexOf.get(id)!) : null;
      if (!mark) return;
      mark.scrollIntoView(scroll);
      mark.tabIndex = -1; // focusable from script (j/k, the list), not a tab stop of its own
      mark.focus({ preventScroll: true });
      flash(mark);
    },
    [indexOf],
  );

  // Arriving through a link to one annotation (?annotation=<id>), or having just saved one: scroll to, focus and
  // flash its highlight once it is live. A saved one's comes with the action's answer, and its toolbar, which held the
  // focus, is gone: the focus goes to what was just made rather than stay on <body>, unless the reader has
  // already moved it (the find dialog, the list). It is in view already: "nearest", no smooth scroll that
  // would move the text under a reader who goes on selecting.
  const focusWhenLive = useRef<{ id: string; justSaved: boolean } | undefined>(
    openAnnotationId ? { id: openAnnotationId, justSaved: false } : undefined,
  );
  useEffect(() => {
    const pending = focusWhenLive.current;
    if (!pending || !indexOf.has(pending.id)) return;
    focusWhenLive.current = undefined;
    if (!pending.justSaved) return focusAnnotation(pending.id);
    const focusIsFree = !document.activeElement || document.activeElement === document.body;
    if (focusIsFree) focusAnnotation(pending.id, { block: "nearest" });
    else dispatch({ type: "activate", annotationId: pending.id });
  }, [indexOf, focusAnnotation]);

  function step(delta: number) {
    if (navigable.length === 0) return;
    const index = navigable.findIndex((a) => a.id === activeId);
    const next =
      index === -1 ? (delta > 0 ? 0 : navigable.length - 1) : (index + delta + navigable.length) % navigable.length;
    focusAnnotation(navigable[next]!.id);
  }

  function selectRange(start: number, end: number) {
    if (!root.current || !selectOffsets(root.current, start, end)) return;
    dispatch({ type: "selected", selection: readSelection(root.current, text) });
    window.getSelection()?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: "center" });
  }

  function clearSelection() {
    window.getSelection()?.removeAllRanges();
    dispatch({ type: "cancel" });
  }

  function save(body: string, tags: string) {
    if (!selection || !composing) return;
    startTransition(async () => {
      const result = await settle(
        actions.createAnnotationAction(slug, {
          articleId,
          versionId,
          ...selection,
          kind: composing,
          body,
          tags,
          idempotencyKey: annotationKey,
        }),
      );
      if (!result.ok) return dispatch({ type: "failed", error: result.error });
      renewAnnotationKey();
      window.getSelection()?.removeAllRanges();
      focusWhenLive.current = { id: result.data.id, justSaved: true };
      rememberOwnChange("Annotation", result.data.id);
      dispatch({ type: "saved", annotation: result.data, done: true });
    });
  }

  function reattach() {
    if (!selection || !reattachId) return;
    startTransition(async () => {
      const result = await settle(
        actions.reattachAnnotationAction(slug, { annotationId: reattachId, versionId, ...selection }),
      );
      if (!result.ok) return dispatch({ type: "failed", error: result.error });
      window.getSelection()?.removeAllRanges();
      rememberOwnChange("Annotation", result.data.id);
      dispatch({ type: "saved", annotation: result.data, done: true });
    });
  }

  /**
   * A save from the panel: its answer (the changed annotation) is merged into
   * the reader, no page refresh; `entity` is what the save changed, whose echo
   * on the live stream is then not refetched. Resolves whether it succeeded.
   */
  const call = <T,>(
    run: () => Promise<ActionResult<T>>,
    merged: (data: T) => { annotation: AnnotationDto; entity: [type: string, id: string] },
  ) =>
    new Promise<boolean>((resolve) =>
      startTransition(async () => {
        const result = await settle(run());
        if (!result.ok) {
          dispatch({ type: "failed", error: result.error });
          return resolve(false);
        }
        const { annotation, entity } = merged(result.data);
        rememberOwnChange(...entity);
        dispatch({ type: "saved", annotation });
        resolve(true);
      }),
    );

  useReaderKeys(
    useMemo(
      () => ({
        next: () => step(1),
        previous: () => step(-1),
        open: () => activeId && dispatch({ type: "open", annotationId: activeId }),
        close: () => {
          if (!dialog && (selection || composing)) window.getSelection()?.removeAllRanges();
          dispatch({ type: "escape" });
        },
        annotate: (kind: Kind) => canAnnotate && dispatch({ type: "compose", kind }),
        find: () => dispatch({ type: "openDialog", dialog: "find" }),
        help: () => dispatch({ type: "openDialog", dialog: "help" }),
      }),
      [navigable, activeId, dialog, selection, composing, canAnnotate],
    ),
  );

  const innermost = (mark: HTMLElement) => annotations[innermostIndex(mark) ?? -1]?.id ?? null;
  const tipId = pointerDown ? null : (hoverId ?? activeId);
  const tip = tipId ? annotations.find((a) => a.id === tipId) : undefined;

  return (
    <div className="reader">
      <div ref={column} className="reader-column">
        {selection && (canAnnotate || reattachId) && (
          <SelectionToolbar
            at={toolbarPosition(column.current)}
            key={`${selection.start}-${selection.end}`}
            selection={selection}
            composing={composing}
            reattaching={reattachId !== null}
            error={opened ? null : error}
            pending={pending}
            onCompose={(kind) => dispatch({ type: "compose", kind })}
            onSave={save}
            onReattach={reattach}
            onCancel={clearSelection}
          />
        )}
        {/* shown for the whole re-attach mode: appearing or vanishing mid-drag would move the text under the mouse */}
        {reattachId && (
          <p className="alert info" role="status">
            {t("reattachHint")}
          </p>
        )}
        <div
          ref={root}
          className="article-text reading"
          data-testid="article-text"
          {...textLanguage(language)}
          onMouseOver={(e) => {
            const mark = markAt(e.target);
            dispatch({ type: "hover", annotationId: mark ? innermost(mark) : null });
          }}
          onMouseLeave={() => dispatch({ type: "hover", annotationId: null })}
          onMouseDown={() => dispatch({ type: "pointer", down: true })}
          onMouseUp={() => dispatch({ type: "pointer", down: false })}
          onFocus={(e) => {
            const mark = markAt(e.target);
            if (mark) dispatch({ type: "activate", annotationId: innermost(mark) });
          }}
          onClick={(e) => {
            const mark = markAt(e.target);
            const id = mark && innermost(mark);
            if (id && window.getSelection()?.isCollapsed) dispatch({ type: "open", annotationId: id });
          }}
        >
          <ArticleText text={text} annotations={annotations} />
          {tip && <NoteTooltip annotation={tip} index={indexOf.get(tip.id)!} root={root} />}
        </div>
      </div>
      <aside className="margin" aria-label={t("marginLabel")}>
        {canSuggest && !opened && <SuggestionList slug={slug} articleId={articleId} onSelect={selectRange} />}
        {opened ? (
          <AnnotationPanel
            key={opened.id}
            slug={slug}
            articleId={articleId}
            annotation={opened}
            canWrite={canWrite}
            isLatest={isLatest}
            error={error}
            onClose={() => dispatch({ type: "closePanel" })}
            actions={{
              update: (input) =>
                call(
                  () =>
                    actions.updateAnnotationAction(slug, {
                      annotationId: opened.id,
                      revision: opened.revision,
                      ...input,
                    }),
                  (annotation) => ({ annotation, entity: ["Annotation", annotation.id] }),
                ),
              removed: () => {
                rememberOwnChange("Annotation", opened.id);
                dispatch({ type: "removed", annotationId: opened.id });
                focusWhenPresent("annotations-heading");
              },
              reply: (body, idempotencyKey) =>
                call(
                  () => actions.createReplyAction(slug, { annotationId: opened.id, body, idempotencyKey }),
                  ({ id, annotation }) => ({ annotation, entity: ["Reply", id] }),
                ),
              removeReply: (replyId) =>
                call(
                  () => actions.deleteReplyAction(slug, { replyId }),
                  ({ annotation }) => ({ annotation, entity: ["Reply", replyId] }),
                ),
              claimCreated: (claimId, annotation) => {
                rememberOwnChange("Claim", claimId);
                dispatch({ type: "saved", annotation });
              },
              startReattach: () => dispatch({ type: "startReattach" }),
            }}
          />
        ) : (
          <AnnotationList
            all={annotations}
            shown={shown}
            filters={filters}
            activeId={activeId}
            onFilters={(next) => dispatch({ type: "filter", filters: next })}
            onChoose={(id) => {
              if (isPlaced(annotations.find((a) => a.id === id)!)) focusAnnotation(id);
              dispatch({ type: "open", annotationId: id });
            }}
          />
        )}
        <p className="muted" style={{ fontSize: "0.85rem", marginTop: "1rem" }}>
          {t.rich("shortcutsHint", { kbd: (chunks) => <kbd>{chunks}</kbd> })}
        </p>
      </aside>
      <ShortcutsDialog open={dialog === "help"} onClose={() => dispatch({ type: "closeDialog" })} />
      <FindDialog
        open={dialog === "find"}
        text={text}
        onClose={() => dispatch({ type: "closeDialog" })}
        onSelect={(start, end) => {
          dispatch({ type: "closeDialog" });
          // select once the dialog has closed and handed focus back, so closing it cannot clear the selection
          requestAnimationFrame(() => selectRange(start, end));
        }}
      />
    </div>
  );
}

/**
 * The page's annotations, as the same array for as long as their content is
 * the same: a refresh (after someone else's change elsewhere on the page) that
 * changes no annotation then neither replaces the reader's nor redraws a highlight.
 */
function useUnchangedAnnotations(packed: string, text: string): AnnotationDto[] {
  const last = useRef<{ text: string; packed: string; annotations: AnnotationDto[] } | null>(null);
  if (last.current?.text !== text || last.current.packed !== packed)
    last.current = { text, packed, annotations: unpackAnnotationsJson(packed, text) };
  return last.current.annotations;
}

/**
 * The toolbar floats just below the selection, over the text: it must not
 * push the article down while the reader is still dragging.
 */
function toolbarPosition(column: HTMLElement | null): { top: number; left: number } {
  const selection = window.getSelection();
  if (!column || !selection || selection.rangeCount === 0) return { top: 0, left: 0 };
  const box = selection.getRangeAt(0).getBoundingClientRect();
  const outer = column.getBoundingClientRect();
  return { top: box.bottom - outer.top + 8, left: Math.max(0, Math.min(box.left - outer.left, outer.width - 448)) };
}

"use client";

import { useCallback, useEffect, useMemo, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { readSelection, selectOffsets } from "@/lib/anchoring/dom";
import { firstMarkOf, flash, innermostIndex, markActive, markAt } from "@/lib/reader/highlight-dom";
import { applyFilters, isPlaced } from "@/lib/reader/annotation-filters";
import { selectionOf, type Kind } from "@/lib/reader/reader-state";
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
import { useIdempotencyKey } from "@/app/_components/use-idempotency-key";
import { useReaderMutation } from "./use-reader-mutation";
import { panelActions } from "./panel-actions";
import { useReaderState } from "./use-reader-state";
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
  /** the page's notes on the article (findings, the legend), shown under the reader's own alert */
  header?: ReactNode;
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
  header,
}: ReaderProps) {
  const t = useTranslations("articles.reader");
  const tArticle = useTranslations("articles.article");
  const [state, dispatch] = useReaderState(packed, text, openAnnotationId);
  const { annotations, text: mode, openId, dialog, activeId, hoverId, pointerDown, filters, error } = state;
  const selection = selectionOf(mode);
  const composing = mode.name === "composing" ? mode.kind : null;
  const reattachId = mode.name === "reattaching" ? mode.annotationId : null;
  const root = useRef<HTMLDivElement>(null);
  const column = useRef<HTMLDivElement>(null);
  const { pending, mutate } = useReaderMutation(dispatch);
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
    const input = { articleId, versionId, ...selection, kind: composing, body, tags, idempotencyKey: annotationKey };
    void mutate(
      () => actions.createAnnotationAction(slug, input),
      (annotation) => {
        renewAnnotationKey();
        window.getSelection()?.removeAllRanges();
        focusWhenLive.current = { id: annotation.id, justSaved: true };
        return { annotation, entity: ["Annotation", annotation.id], done: true };
      },
    );
  }

  function reattach() {
    if (!selection || !reattachId) return;
    void mutate(
      () => actions.reattachAnnotationAction(slug, { annotationId: reattachId, versionId, ...selection }),
      (annotation) => {
        window.getSelection()?.removeAllRanges();
        return { annotation, entity: ["Annotation", annotation.id], done: true };
      },
    );
  }

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

  // from the reader's annotations, not the page's: a re-attach or a delete changes it without a page refresh
  const lost = isLatest ? annotations.filter((a) => !isPlaced(a)).length : 0;
  return (
    <>
      {lost > 0 && (
        <p className="alert error" role="status">
          {tArticle("lostPlace", { count: lost })}
        </p>
      )}
      {header}
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
              actions={panelActions(slug, opened, mutate, () => dispatch({ type: "startReattach" }))}
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
    </>
  );
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

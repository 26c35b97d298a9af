import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { TextSelection } from "@/lib/anchoring/dom";
import { NO_FILTERS, type Filters } from "@/lib/reader/annotation-filters";

export type Kind = "NOTE" | "CLAIM";

/**
 * What the reader is doing with the text. One at a time: a selection is made
 * while reading, a note or claim is composed for a selection, and re-attaching
 * waits for the selection to move an annotation to.
 */
export type TextMode =
  | { name: "reading" }
  | { name: "selecting"; selection: TextSelection }
  | { name: "composing"; selection: TextSelection; kind: Kind }
  | { name: "reattaching"; annotationId: string; selection: TextSelection | null };

/**
 * The reader's whole state, changed only by readerReducer. The text mode, the
 * margin's panel and a dialog are separate on purpose: a panel stays open while
 * text is selected (re-attaching starts from it), and a dialog opens over both.
 */
export interface ReaderState {
  /** in text order (start, then the longer first, then id), as the page loads them */
  annotations: AnnotationDto[];
  text: TextMode;
  /** the annotation whose panel is open in the margin */
  openId: string | null;
  dialog: "help" | "find" | null;
  /** the annotation the keyboard and the list are on (its highlight marked) */
  activeId: string | null;
  hoverId: string | null;
  /** no note tooltip while the mouse button is down: it would sit over the text being selected */
  pointerDown: boolean;
  filters: Filters;
  /** the last failed save's message, until the next save succeeds */
  error: string | null;
}

export type ReaderEvent =
  /** the page's annotations, on arrival and after a refresh (someone else's change) */
  | { type: "loaded"; annotations: AnnotationDto[] }
  /** the page's selection changed (null: nothing, or nothing inside the text, is selected) */
  | { type: "selected"; selection: TextSelection | null }
  | { type: "compose"; kind: Kind }
  /** re-attach the open annotation to the next selection */
  | { type: "startReattach" }
  /** drop the selection, and what was being composed or re-attached */
  | { type: "cancel" }
  /** a save answered with the changed annotation; `done` ends the text mode (the note was made, the move made) */
  | { type: "saved"; annotation: AnnotationDto; done?: boolean }
  | { type: "removed"; annotationId: string }
  | { type: "failed"; error: string }
  | { type: "open"; annotationId: string }
  | { type: "closePanel" }
  | { type: "openDialog"; dialog: "help" | "find" }
  | { type: "closeDialog" }
  /** Esc: the innermost thing closes (a dialog, else the selection, else the panel) */
  | { type: "escape" }
  | { type: "activate"; annotationId: string | null }
  | { type: "hover"; annotationId: string | null }
  | { type: "pointer"; down: boolean }
  | { type: "filter"; filters: Filters };

export function initialReaderState(annotations: AnnotationDto[], openId: string | null = null): ReaderState {
  return {
    annotations,
    text: { name: "reading" },
    openId,
    dialog: null,
    activeId: null,
    hoverId: null,
    pointerDown: false,
    filters: NO_FILTERS,
    error: null,
  };
}

/** The selection the text mode holds, if any. */
export function selectionOf(mode: TextMode): TextSelection | null {
  return mode.name === "reading" ? null : mode.selection;
}

const READING: TextMode = { name: "reading" };

export function readerReducer(state: ReaderState, event: ReaderEvent): ReaderState {
  switch (event.type) {
    case "loaded":
      return state.annotations === event.annotations ? state : { ...state, annotations: event.annotations };
    case "selected":
      return { ...state, text: withSelection(state.text, event.selection) };
    case "compose":
      return state.text.name === "selecting" || state.text.name === "composing"
        ? { ...state, text: { name: "composing", selection: state.text.selection, kind: event.kind } }
        : state;
    case "startReattach":
      return state.openId
        ? {
            ...state,
            text: { name: "reattaching", annotationId: state.openId, selection: selectionOf(state.text) },
          }
        : state;
    case "cancel":
      return { ...state, text: READING };
    case "saved":
      return {
        ...state,
        annotations: mergeAnnotation(state.annotations, event.annotation),
        text: event.done ? READING : state.text,
        error: null,
      };
    case "removed":
      return {
        ...state,
        annotations: state.annotations.filter((a) => a.id !== event.annotationId),
        openId: state.openId === event.annotationId ? null : state.openId,
        activeId: null,
        hoverId: state.hoverId === event.annotationId ? null : state.hoverId,
        error: null,
      };
    case "failed":
      return { ...state, error: event.error };
    case "open":
      return { ...state, openId: event.annotationId };
    case "closePanel":
      return { ...state, openId: null };
    case "openDialog":
      return { ...state, dialog: event.dialog };
    case "closeDialog":
      return { ...state, dialog: null };
    case "escape":
      if (state.dialog) return { ...state, dialog: null };
      if (state.text.name === "composing" || selectionOf(state.text)) return { ...state, text: READING };
      return { ...state, openId: null };
    case "activate":
      return { ...state, activeId: event.annotationId };
    case "hover":
      return state.hoverId === event.annotationId ? state : { ...state, hoverId: event.annotationId };
    case "pointer":
      return state.pointerDown === event.down ? state : { ...state, pointerDown: event.down };
    case "filter":
      return { ...state, filters: event.filters };
  }
}

/**
 * A new selection replaces the old one in every mode. Losing it (a click
 * elsewhere) ends a bare selection, but not a note being written (its form has
 * the focus, so the page's selection is gone) nor a re-attach (which waits for one).
 */
function withSelection(mode: TextMode, selection: TextSelection | null): TextMode {
  switch (mode.name) {
    case "reading":
    case "selecting":
      return selection ? { name: "selecting", selection } : READING;
    case "composing":
      return selection ? { ...mode, selection } : mode;
    case "reattaching":
      return { ...mode, selection };
  }
}

/** The annotation in its place in text order, replacing its older self. */
export function mergeAnnotation(annotations: AnnotationDto[], changed: AnnotationDto): AnnotationDto[] {
  const others = annotations.filter((a) => a.id !== changed.id);
  const at = others.findIndex((a) => compareTextOrder(changed, a) < 0);
  return at === -1 ? [...others, changed] : [...others.slice(0, at), changed, ...others.slice(at)];
}

/** The order findAnnotationsForVersion reads them in: by start, the longer first, then by id. */
function compareTextOrder(a: AnnotationDto, b: AnnotationDto): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

import { describe, expect, it } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import {
  initialReaderState,
  mergeAnnotation,
  readerReducer,
  selectionOf,
  type ReaderEvent,
  type ReaderState,
} from "@/lib/reader/reader-state";

const annotation = (id: string, start: number, end: number, more: Partial<AnnotationDto> = {}): AnnotationDto => ({
  id,
  kind: "NOTE",
  start,
  end,
  exact: "x".repeat(end - start),
  anchorState: "EXACT",
  previousExact: null,
  noteStart: "",
  tags: [],
  authorId: "u1",
  authorName: "Ana",
  revision: 1,
  replyCount: 0,
  canEdit: true,
  canDelete: true,
  claims: [],
  ...more,
});
const selection = (start: number, end: number) => ({ start, end, exact: "y".repeat(end - start) });
const run = (state: ReaderState, ...events: ReaderEvent[]) => events.reduce(readerReducer, state);
const fresh = () => initialReaderState([annotation("a", 0, 5), annotation("b", 10, 20)]);

describe("readerReducer: the text modes", () => {
  it("reading → selecting → composing a note or a claim → reading once saved", () => {
    const selecting = run(fresh(), { type: "selected", selection: selection(1, 4) });
    expect(selecting.text).toEqual({ name: "selecting", selection: selection(1, 4) });
    const composing = run(selecting, { type: "compose", kind: "CLAIM" });
    expect(composing.text).toEqual({ name: "composing", selection: selection(1, 4), kind: "CLAIM" });
    expect(run(composing, { type: "compose", kind: "NOTE" }).text).toMatchObject({ kind: "NOTE" });
    const saved = run(composing, { type: "saved", annotation: annotation("c", 1, 4), done: true });
    expect(saved.text).toEqual({ name: "reading" });
    expect(saved.annotations.map((a) => a.id)).toEqual(["a", "c", "b"]);
  });

  it("composing needs a selection", () => {
    expect(run(fresh(), { type: "compose", kind: "NOTE" }).text).toEqual({ name: "reading" });
  });

  it("losing the selection ends a bare selection, not a note being written nor a re-attach", () => {
    const selecting = run(fresh(), { type: "selected", selection: selection(1, 4) });
    expect(run(selecting, { type: "selected", selection: null }).text).toEqual({ name: "reading" });
    const composing = run(selecting, { type: "compose", kind: "NOTE" });
    expect(run(composing, { type: "selected", selection: null }).text).toEqual(composing.text);
    expect(selectionOf(run(composing, { type: "selected", selection: selection(2, 3) }).text)).toEqual(selection(2, 3));
    const reattaching = run(fresh(), { type: "open", annotationId: "a" }, { type: "startReattach" });
    expect(reattaching.text).toEqual({ name: "reattaching", annotationId: "a", selection: null });
    const chosen = run(reattaching, { type: "selected", selection: selection(6, 8) });
    expect(chosen.text).toEqual({ name: "reattaching", annotationId: "a", selection: selection(6, 8) });
    expect(run(chosen, { type: "selected", selection: null }).text).toEqual(reattaching.text);
  });

  it("re-attaching starts only from an open panel, keeps the selection, and a note cannot be composed meanwhile", () => {
    expect(run(fresh(), { type: "startReattach" }).text).toEqual({ name: "reading" });
    const state = run(
      fresh(),
      { type: "open", annotationId: "b" },
      { type: "selected", selection: selection(1, 2) },
      { type: "startReattach" },
      { type: "compose", kind: "NOTE" },
    );
    expect(state.text).toEqual({ name: "reattaching", annotationId: "b", selection: selection(1, 2) });
    const moved = run(state, { type: "saved", annotation: annotation("b", 1, 2), done: true });
    expect(moved.text).toEqual({ name: "reading" });
    expect(moved.openId).toBe("b");
    expect(moved.annotations.map((a) => [a.id, a.start])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });

  it("cancel drops the selection and whatever was composed or re-attached", () => {
    const composing = run(
      fresh(),
      { type: "selected", selection: selection(1, 4) },
      { type: "compose", kind: "NOTE" },
      { type: "cancel" },
    );
    expect(composing.text).toEqual({ name: "reading" });
  });
});

describe("readerReducer: Esc closes the innermost thing", () => {
  it("a dialog first, then the selection, then the panel", () => {
    let state = run(
      fresh(),
      { type: "open", annotationId: "a" },
      { type: "selected", selection: selection(1, 4) },
      { type: "openDialog", dialog: "find" },
    );
    state = run(state, { type: "escape" });
    expect([state.dialog, state.text.name, state.openId]).toEqual([null, "selecting", "a"]);
    state = run(state, { type: "escape" });
    expect([state.dialog, state.text.name, state.openId]).toEqual([null, "reading", "a"]);
    state = run(state, { type: "escape" });
    expect(state.openId).toBeNull();
  });

  it("a note being written without a page selection closes before the panel", () => {
    const state = run(
      fresh(),
      { type: "open", annotationId: "a" },
      { type: "selected", selection: selection(1, 4) },
      { type: "compose", kind: "NOTE" },
      { type: "selected", selection: null },
      { type: "escape" },
    );
    expect([state.text.name, state.openId]).toEqual(["reading", "a"]);
  });
});

describe("readerReducer: saves and the page's annotations", () => {
  it("an edit replaces the annotation in place and clears the last error, keeping the text mode", () => {
    const failed = run(fresh(), { type: "selected", selection: selection(1, 4) }, { type: "failed", error: "No." });
    expect(failed.error).toBe("No.");
    const saved = run(failed, { type: "saved", annotation: annotation("b", 10, 20, { revision: 2, tags: ["t"] }) });
    expect(saved.error).toBeNull();
    expect(saved.text.name).toBe("selecting");
    expect(saved.annotations.map((a) => [a.id, a.revision])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("a removed annotation leaves the list, and its panel closes", () => {
    const state = run(
      fresh(),
      { type: "open", annotationId: "b" },
      { type: "activate", annotationId: "b" },
      { type: "removed", annotationId: "b" },
    );
    expect(state.annotations.map((a) => a.id)).toEqual(["a"]);
    expect([state.openId, state.activeId]).toEqual([null, null]);
  });

  it("the page's annotations replace the merged ones; the same array changes nothing", () => {
    const state = fresh();
    expect(run(state, { type: "loaded", annotations: state.annotations })).toBe(state);
    const reloaded = [annotation("z", 0, 1)];
    expect(run(state, { type: "loaded", annotations: reloaded }).annotations).toBe(reloaded);
  });

  it("hover and pointer events that change nothing keep the state (no re-render)", () => {
    const state = fresh();
    expect(run(state, { type: "hover", annotationId: null })).toBe(state);
    expect(run(state, { type: "pointer", down: false })).toBe(state);
  });
});

describe("mergeAnnotation", () => {
  it("keeps text order: by start, the longer first, then by id", () => {
    const list = [annotation("a", 0, 10), annotation("c", 5, 6)];
    expect(mergeAnnotation(list, annotation("b", 0, 4)).map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(mergeAnnotation(list, annotation("d", 5, 6)).map((a) => a.id)).toEqual(["a", "c", "d"]);
    expect(mergeAnnotation(list, annotation("e", 0, 20)).map((a) => a.id)).toEqual(["e", "a", "c"]);
    expect(mergeAnnotation(list, annotation("a", 7, 8)).map((a) => a.id)).toEqual(["c", "a"]);
  });
});

/** Shown while a workspace page loads: the frame stays, and screen readers hear that something is coming. */
export default function WorkspaceLoading() {
  return (
    <div aria-busy="true">
      <p className="muted" role="status">
        Loading…
      </p>
    </div>
  );
}

import type { ActionResult } from "@/lib/http/action-result";

/**
 * What a form's last submit came to, as every form shows it: the error as an
 * alert (read out at once), the success message as a status. `success={false}`
 * for forms whose success shows itself (a new row, a redirect).
 */
export function FormOutcome({
  state,
  success = true,
}: {
  state: ActionResult<unknown> | null | undefined;
  success?: boolean;
}) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <p role="alert" className="alert error">
        {state.error}
      </p>
    );
  }
  return success && state.message ? (
    <p role="status" className="alert success">
      {state.message}
    </p>
  ) : null;
}

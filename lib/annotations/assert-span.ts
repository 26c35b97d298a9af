import { InvalidInputError } from "@/lib/errors";
import { validateSpan } from "@/lib/anchoring";

/**
 * The server's check of a selection the browser sent: a valid span of the
 * version's text whose characters are exactly what the editor saw selected.
 */
export function assertSpan(text: string, start: number, end: number, exact: string): void {
  const problems = validateSpan(text, start, end);
  if (problems.length > 0)
    throw new InvalidInputError("The selection is not a valid span of this article.", { start: problems });
  if (text.slice(start, end) !== exact) {
    throw new InvalidInputError(
      "The selected text does not match the article at those offsets. Reload the article and select again.",
      {
        exact: ["Does not match the text at the given offsets."],
      },
    );
  }
}

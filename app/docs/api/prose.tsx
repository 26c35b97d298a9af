import { Fragment } from "react";

/** Text from the OpenAPI document, with its `code spans` as <code>. */
export function Prose({ text, className }: { text: string; className?: string }) {
  if (!text) return null;
  return (
    <p className={className}>
      {text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </p>
  );
}

import type { SnippetPart } from "@/lib/search/snippet";

/** Search hits as <mark>, the rest as text. Parts are plain strings: React escapes them, so user text never becomes markup. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
  );
}

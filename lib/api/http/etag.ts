import { createHash } from "node:crypto";
import { BadRequestError } from "@/lib/api/http/api-errors";

/**
 * Entity tags of the API's resources, computed in this one place from the
 * representation a GET answers (its JSON after encoding with the contract's
 * schema): whatever the representation shows changes the tag, a nested part
 * (a claim's appearances, a verdict's evidence) as much as the row's own
 * columns, which an id + updatedAt tag would miss. Keys are sorted before
 * hashing, so the tag does not depend on the order code happened to build an
 * object in; for one state the encoder always writes the same bytes, so the
 * tags are strong (RFC 9110 §8.8.1) and usable with If-Match.
 */
export function entityTagOf(representation: unknown, origin?: string): string {
  const digest = createHash("sha256").update(canonicalJson(representation, origin)).digest("base64url");
  return `"${digest.slice(0, 27)}"`;
}

/**
 * Sorted keys; and absolute links of this site (`origin`, which the API takes from the request when
 * NEXTAUTH_URL is unset) hashed without their origin: the same resource read through two instances or
 * two addresses has one tag, so an If-Match from one is honoured by the other.
 */
function canonicalJson(value: unknown, origin: string | undefined): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, origin)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, origin)}`).join(",")}}`;
  }
  if (origin && typeof value === "string" && value.startsWith(origin))
    return JSON.stringify(value.slice(origin.length));
  return JSON.stringify(value) ?? "null";
}

/** A parsed If-Match / If-None-Match header: `*`, or the entity tags it lists. */
export type EntityTagCondition = { any: true } | { any: false; tags: { tag: string; weak: boolean }[] };

const ENTITY_TAG = /^(W\/)?("[\x21\x23-\x7E\x80-\xFF]*")$/;

/** null without the header; a header that is neither `*` nor a list of entity tags is the request's fault (400). */
export function parseEntityTagCondition(
  header: string | null,
  name: "If-Match" | "If-None-Match",
): EntityTagCondition | null {
  if (header === null) return null;
  if (header.trim() === "*") return { any: true };
  const tags = header
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const match = ENTITY_TAG.exec(part);
      if (!match)
        throw new BadRequestError(`${name} must be "*" or entity tags as ETag headers send them (in double quotes).`, {
          [name]: ["Not an entity tag."],
        });
      return { tag: match[2]!, weak: match[1] !== undefined };
    });
  if (tags.length === 0) throw new BadRequestError(`${name} is empty.`, { [name]: ["Not an entity tag."] });
  return { any: false, tags };
}

/** If-Match (RFC 9110 §13.1.1): `*` or a strong match with the current tag; weak tags never match. */
export function ifMatchHolds(condition: EntityTagCondition, current: string): boolean {
  return condition.any || condition.tags.some(({ tag, weak }) => !weak && tag === current);
}

/** If-None-Match (§13.1.2) on a GET: true when the client's copy is current (answer 304); weak comparison. */
export function clientCopyIsCurrent(condition: EntityTagCondition, current: string): boolean {
  return condition.any || condition.tags.some(({ tag }) => tag === current);
}

/**
 * What a client asked for: the container's view (the Prefer header, RFC
 * 7240, with the protocol's `include` IRIs) and the media type (Accept).
 * Pure.
 */
import {
  ANNOTATION_MEDIA_TYPE,
  PREFER_CONTAINED_DESCRIPTIONS,
  PREFER_CONTAINED_IRIS,
  PREFER_MINIMAL_CONTAINER,
} from "./vocab";

/** descriptions: pages embed whole annotations (the default); iris: only their IRIs; minimal: no pages, only links to them */
export type ContainerView = "descriptions" | "iris" | "minimal";

/**
 * The view a `Prefer: return=representation; include="…"` names, or null
 * when the header names none we know (then the default applies and no
 * Preference-Applied is sent). Minimal wins over IRIs, IRIs over descriptions
 * when several are named: the smaller answer is the one the client can use.
 */
export function preferredView(prefer: string | null): ContainerView | null {
  if (!prefer) return null;
  for (const preference of prefer.split(",")) {
    const [head, ...parameters] = preference.split(";").map((part) => part.trim());
    if (head?.replace(/\s/g, "").toLowerCase() !== "return=representation") continue;
    const include = parameters.find((p) => /^include\s*=/i.test(p));
    const iris = (include?.replace(/^include\s*=\s*/i, "").replace(/^"|"$/g, "") ?? "").split(/\s+/);
    if (iris.includes(PREFER_MINIMAL_CONTAINER)) return "minimal";
    if (iris.includes(PREFER_CONTAINED_IRIS)) return "iris";
    if (iris.includes(PREFER_CONTAINED_DESCRIPTIONS)) return "descriptions";
  }
  return null;
}

/**
 * The Content-Type to answer: the protocol's JSON-LD with the anno profile,
 * unless the client accepts plain application/json and not JSON-LD (the same
 * document; JSON-LD is JSON). Anything else (no Accept, * / *, a type we do
 * not make) gets JSON-LD: the representation the protocol requires.
 */
export function negotiatedContentType(accept: string | null): string {
  if (!accept) return ANNOTATION_MEDIA_TYPE;
  const ranges = accept.split(",").map((range) => {
    const [type, ...parameters] = range.split(";").map((p) => p.trim().toLowerCase());
    const q = Number(parameters.find((p) => p.startsWith("q="))?.slice(2) ?? 1);
    return { type: type ?? "", q: Number.isFinite(q) ? q : 1 };
  });
  const quality = (type: string) => Math.max(0, ...ranges.filter((r) => r.type === type).map((r) => r.q));
  return quality("application/json") > quality("application/ld+json") ? "application/json" : ANNOTATION_MEDIA_TYPE;
}

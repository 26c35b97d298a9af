/**
 * The JSON-LD vocabulary of Factdesk's W3C Web Annotation files
 * (https://www.w3.org/TR/annotation-model/), shared by the writer and the parser.
 *
 * Offsets: the spec's TextPositionSelector counts Unicode code points, so
 * `start`/`end` are code points (what other tools expect). Factdesk stores
 * UTF-16 code units (lib/anchoring/offsets.ts); the same span in those units
 * travels in two extension properties on the same selector,
 * `factdesk:utf16Start` / `factdesk:utf16End`, so our own import is exact
 * without re-counting. Extensions are declared the way the model's section
 * "Extending the model" asks: a second @context entry after anno.jsonld.
 * The namespace uses the reserved .invalid domain so it can never resolve to
 * somebody else's site; it is an identifier, not a page.
 */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const FACTDESK_VOCAB = "https://factdesk.invalid/ns#";
export const WEB_ANNOTATION_CONTEXT = [ANNO_CONTEXT, { factdesk: FACTDESK_VOCAB }] as const;

export const UTF16_START = "factdesk:utf16Start";
export const UTF16_END = "factdesk:utf16End";

/**
 * Motivations. A NOTE is "commenting". A CLAIM annotation marks a passage as a
 * checkable claim; it does not assess it (the verdict is a separate record),
 * so it is "highlighting", not "assessing". On import, "highlighting" is read
 * back as CLAIM and every other motivation as NOTE. Replies are their own
 * annotations with "replying", targeting the parent annotation's id.
 */
export const MOTIVATION_BY_KIND = { NOTE: "commenting", CLAIM: "highlighting" } as const;
export const REPLYING = "replying";

/** Most annotations one import accepts; larger files should be split. */
export const MAX_IMPORTED_ANNOTATIONS = 10_000;

/**
 * Stable IRIs of the agents who create annotations (the Data Model's
 * `creator.id`, a SHOULD): `<public origin>/agents/users/<userId>` for a
 * person, `<public origin>/agents/workspaces/<workspaceId>` for the
 * organisation that publishes a report. Built on the public origin
 * (PUBLIC_BASE_URL), never on a request's host, so one person keeps one IRI
 * in every export and API answer. Identifiers, not pages: nothing is served there.
 */
export function agentIri(origin: string, agent: { userId: string } | { workspaceId: string }): string {
  return "userId" in agent
    ? `${origin}/agents/users/${agent.userId}`
    : `${origin}/agents/workspaces/${agent.workspaceId}`;
}

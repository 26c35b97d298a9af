import { describe, expect, it } from "vitest";
import { negotiatedContentType, preferredView } from "./negotiation";
import {
  ANNOTATION_MEDIA_TYPE,
  PREFER_CONTAINED_DESCRIPTIONS,
  PREFER_CONTAINED_IRIS,
  PREFER_MINIMAL_CONTAINER,
} from "./vocab";

describe("preferredView", () => {
  it("reads the protocol's include IRIs", () => {
    expect(preferredView(`return=representation;include="${PREFER_MINIMAL_CONTAINER}"`)).toBe("minimal");
    expect(preferredView(`return=representation; include="${PREFER_CONTAINED_IRIS}"`)).toBe("iris");
    expect(preferredView(`return=representation; include="${PREFER_CONTAINED_DESCRIPTIONS}"`)).toBe("descriptions");
    expect(
      preferredView(`return=representation; include="${PREFER_CONTAINED_DESCRIPTIONS} ${PREFER_MINIMAL_CONTAINER}"`),
    ).toBe("minimal");
  });

  it("ignores what it does not know", () => {
    expect(preferredView(null)).toBeNull();
    expect(preferredView("respond-async")).toBeNull();
    expect(preferredView('return=representation; include="http://example.test/other"')).toBeNull();
    expect(preferredView(`return=minimal; include="${PREFER_CONTAINED_IRIS}"`)).toBeNull();
  });
});

describe("negotiatedContentType", () => {
  it("answers JSON-LD with the anno profile unless plain JSON is preferred", () => {
    expect(negotiatedContentType(null)).toBe(ANNOTATION_MEDIA_TYPE);
    expect(negotiatedContentType("*/*")).toBe(ANNOTATION_MEDIA_TYPE);
    expect(negotiatedContentType(`${ANNOTATION_MEDIA_TYPE}, application/json;q=0.5`)).toBe(ANNOTATION_MEDIA_TYPE);
    expect(negotiatedContentType("application/json")).toBe("application/json");
    expect(negotiatedContentType("text/html")).toBe(ANNOTATION_MEDIA_TYPE);
  });
});

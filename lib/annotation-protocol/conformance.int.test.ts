/**
 * Factdesk's own conformance suite for the W3C Web Annotation Protocol
 * (https://www.w3.org/TR/annotation-protocol/): one test per MUST, named
 * after it, through the real route handlers, the real token authentication
 * and the real database. SHOULDs are counted ("SHOULDs met: N of M") and the
 * ones not met are listed, so a regression shows. Every annotation, page and
 * collection served is also checked against the Data Model
 * (data-model-check.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import * as containerRoute from "@/app/api/v1/articles/[articleId]/container/route";
import * as annotationRoute from "@/app/api/v1/articles/[articleId]/container/[annotationId]/route";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { call, expectProblem, ORIGIN, tokenFor, type ApiResponse, type CallOptions } from "@/test/support/api-calls";
import type { ApiRouteHandler } from "@/lib/api/http/handle-route";
import { checkDataModel } from "./data-model-check";
import {
  CONTAINER_PAGE_SIZE,
  PREFER_CONTAINED_DESCRIPTIONS,
  PREFER_CONTAINED_IRIS,
  PREFER_MINIMAL_CONTAINER,
} from "./vocab";

const MEDIA = /^application\/ld\+json/;
const PROFILE = 'profile="http://www.w3.org/ns/anno.jsonld"';
const SENTENCES = Array.from(
  { length: CONTAINER_PAGE_SIZE + 3 },
  (_, i) => `Sentence number ${i + 1} says ${i + 1} things.`,
);
const TEXT = SENTENCES.join(" ");
const QUOTE = "Sentence number 2 says";

const shoulds: { name: string; met: boolean }[] = [];
function should(name: string, met: boolean) {
  shoulds.push({ name, met });
}

async function world(options: { annotations?: number } = {}) {
  const owner = await createWorkspaceWithMembers();
  const url = `https://news.example.test/protocol-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const created = await createArticle(owner.actors.EDITOR, { text: TEXT, url });
  const { version } = created;
  const article = { ...created.article, url };
  for (const sentence of SENTENCES.slice(0, options.annotations ?? 0)) {
    const start = TEXT.indexOf(sentence);
    await createAnnotation(owner.actors.EDITOR, {
      articleId: article.id,
      versionId: version.id,
      start,
      end: start + sentence.length,
      exact: sentence,
      kind: "NOTE",
      body: "",
      tags: [],
    });
  }
  const editor = await tokenFor(owner, "EDITOR");
  return { owner, article, editor, container: `${ORIGIN}/api/v1/articles/${article.id}/container/` };
}

type World = Awaited<ReturnType<typeof world>>;
const at = (w: World, handler: ApiRouteHandler, method: string, options: CallOptions = {}) =>
  call(handler, method, `/articles/${w.article.id}/container/`, {
    token: w.editor,
    params: { articleId: w.article.id },
    ...options,
  });
const atAnnotation = (w: World, id: string, handler: ApiRouteHandler, method: string, options: CallOptions = {}) =>
  call(handler, method, `/articles/${w.article.id}/container/${id}`, {
    token: w.editor,
    params: { articleId: w.article.id, annotationId: id },
    ...options,
  });

function annotationBody(extra: object = {}) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "commenting",
    body: { type: "TextualBody", value: "Which things?", purpose: "commenting" },
    target: { source: "", selector: { type: "TextQuoteSelector", exact: QUOTE } },
    ...extra,
  };
}
const post = (
  w: World,
  body: unknown = annotationBody({
    target: { source: w.article.url, selector: { type: "TextQuoteSelector", exact: QUOTE } },
  }),
  contentType = `application/ld+json; ${PROFILE}`,
) => at(w, containerRoute.POST, "POST", { body, contentType });
const idIn = (w: World, response: ApiResponse) => String(response.body.id).slice(w.container.length);
const links = (response: ApiResponse) => response.headers.get("link") ?? "";

describe("4. Annotation Retrieval", () => {
  it("MUST support GET on an annotation, answering application/ld+json", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const response = await atAnnotation(w, id, annotationRoute.GET, "GET");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(MEDIA);
    should(
      "an annotation's Content-Type names the anno.jsonld profile",
      response.headers.get("content-type")!.includes(PROFILE),
    );
    expect(checkDataModel(response.body)).toEqual([]);
    should(
      "annotations have a creator with an id, created and modified (Data Model)",
      checkDataModel(response.body).length === 0 && Boolean(response.body.creator?.id),
    );
  });

  it('MUST send Link <http://www.w3.org/ns/ldp#Resource>; rel="type" for an annotation', async () => {
    const w = await world();
    const response = await atAnnotation(w, idIn(w, await post(w)), annotationRoute.GET, "GET");
    expect(links(response)).toContain('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
  });

  it("MUST send an ETag for an annotation", async () => {
    const w = await world();
    const response = await atAnnotation(w, idIn(w, await post(w)), annotationRoute.GET, "GET");
    expect(response.headers.get("etag")).toMatch(/^"[^"]+"$/);
  });

  it("MUST send Allow listing the annotation's methods", async () => {
    const w = await world();
    const response = await atAnnotation(w, idIn(w, await post(w)), annotationRoute.GET, "GET");
    expect(response.headers.get("allow")!.split(/,\s*/).sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PUT"]);
  });

  it("MUST send Vary: Accept when negotiating the representation", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const response = await atAnnotation(w, id, annotationRoute.GET, "GET", { headers: { accept: "application/json" } });
    expect(response.headers.get("vary")).toMatch(/\bAccept\b/);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("MUST answer HEAD and OPTIONS on an annotation with the same headers", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const get = await atAnnotation(w, id, annotationRoute.GET, "GET");
    const head = await atAnnotation(w, id, annotationRoute.HEAD, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    const options = await atAnnotation(w, id, annotationRoute.OPTIONS, "OPTIONS", { token: null });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe(get.headers.get("allow"));
  });
});

describe("5. Annotation Containers", () => {
  it("MUST have a container IRI ending in / and be both a BasicContainer and an AnnotationCollection", async () => {
    const w = await world({ annotations: 1 });
    const response = await at(w, containerRoute.GET, "GET");
    expect(response.status).toBe(200);
    expect(response.body.id).toBe(w.container);
    expect(response.body.id.endsWith("/")).toBe(true);
    expect(response.body.type).toEqual(expect.arrayContaining(["BasicContainer", "AnnotationCollection"]));
    expect(response.body["@context"]).toEqual(
      expect.arrayContaining(["http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld"]),
    );
  });

  it("MUST answer the container with application/ld+json", async () => {
    const w = await world();
    const response = await at(w, containerRoute.GET, "GET");
    expect(response.headers.get("content-type")).toMatch(MEDIA);
    should(
      "the container's Content-Type names the anno.jsonld profile",
      response.headers.get("content-type")!.includes(PROFILE),
    );
  });

  it('MUST send Link <http://www.w3.org/ns/ldp#BasicContainer>; rel="type"', async () => {
    const w = await world();
    expect(links(await at(w, containerRoute.GET, "GET"))).toContain(
      '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"',
    );
  });

  it('MUST advertise its constraints: Link <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"', async () => {
    const w = await world();
    expect(links(await at(w, containerRoute.GET, "GET"))).toContain(
      '<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
    );
  });

  it("MUST send an ETag for the container, and honour If-None-Match", async () => {
    const w = await world({ annotations: 1 });
    const response = await at(w, containerRoute.GET, "GET");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[^"]+"$/);
    expect((await at(w, containerRoute.GET, "GET", { headers: { "if-none-match": etag } })).status).toBe(304);
    await post(w);
    const changed = await at(w, containerRoute.GET, "GET", { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("MUST send Allow listing GET, HEAD, OPTIONS and POST", async () => {
    const w = await world();
    const response = await at(w, containerRoute.GET, "GET");
    expect(response.headers.get("allow")!.split(/,\s*/).sort()).toEqual(["GET", "HEAD", "OPTIONS", "POST"]);
    should(
      "the container sends Accept-Post",
      (response.headers.get("accept-post") ?? "").includes("application/ld+json"),
    );
  });

  it("MUST send Vary: Accept for the container (it negotiates)", async () => {
    const w = await world();
    const response = await at(w, containerRoute.GET, "GET", { headers: { accept: "application/json" } });
    expect(response.headers.get("vary")).toMatch(/\bAccept\b/);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("MUST support HEAD and OPTIONS on the container", async () => {
    const w = await world();
    const get = await at(w, containerRoute.GET, "GET");
    const head = await at(w, containerRoute.HEAD, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    expect(head.headers.get("etag")).toBe(get.headers.get("etag"));
    const options = await at(w, containerRoute.OPTIONS, "OPTIONS", { token: null });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe(get.headers.get("allow"));
    expect(options.headers.get("accept-post")).toBe(get.headers.get("accept-post"));
  });

  it("MUST link to its first page (first) and last page when it holds annotations, with total", async () => {
    const w = await world({ annotations: CONTAINER_PAGE_SIZE + 1 });
    const response = await at(w, containerRoute.GET, "GET");
    expect(response.body.first).toMatchObject({ type: "AnnotationPage", partOf: w.container, startIndex: 0 });
    expect(response.body.first.items).toHaveLength(CONTAINER_PAGE_SIZE);
    expect(response.body.last).toBe(`${w.container}?page=1`);
    should("the collection gives total", response.body.total === CONTAINER_PAGE_SIZE + 1);
    should("the first page is embedded in the container", typeof response.body.first === "object");
    should(
      "the container sends Content-Location",
      response.headers.get("content-location") === `${w.container}?iris=0`,
    );
    expect(checkDataModel(response.body)).toEqual([]);
  });

  it("MUST NOT give an empty container a page: no first, no last, total 0", async () => {
    const w = await world();
    const response = await at(w, containerRoute.GET, "GET");
    expect(response.body).toMatchObject({ total: 0 });
    expect(response.body).not.toHaveProperty("first");
    expect(response.body).not.toHaveProperty("last");
    expect(checkDataModel(response.body)).toEqual([]);
    expectProblem(await at(w, containerRoute.GET, "GET", { query: { page: "0" } }), 404);
  });

  it("MUST link each page to its container (partOf) and to the next page unless it is the last", async () => {
    const w = await world({ annotations: CONTAINER_PAGE_SIZE + 1 });
    const first = await at(w, containerRoute.GET, "GET", { query: { page: "0" } });
    expect(first.body).toMatchObject({
      id: `${w.container}?page=0`,
      type: "AnnotationPage",
      partOf: w.container,
      next: `${w.container}?page=1`,
    });
    expect(first.body).not.toHaveProperty("prev");
    const last = await at(w, containerRoute.GET, "GET", { query: { page: "1" } });
    expect(last.body).toMatchObject({ partOf: w.container, items: [expect.objectContaining({ type: "Annotation" })] });
    expect(last.body).not.toHaveProperty("next");
    should(
      "pages link to the previous page (prev) unless they are the first",
      last.body.prev === `${w.container}?page=0`,
    );
    should("pages give startIndex", first.body.startIndex === 0 && last.body.startIndex === CONTAINER_PAGE_SIZE);
    for (const page of [first.body, last.body]) expect(checkDataModel(page)).toEqual([]);
    expectProblem(await at(w, containerRoute.GET, "GET", { query: { page: "2" } }), 404);
  });

  it("MUST honour Prefer PreferMinimalContainer: no annotations, links to the pages", async () => {
    const w = await world({ annotations: 2 });
    const response = await at(w, containerRoute.GET, "GET", {
      headers: { prefer: `return=representation;include="${PREFER_MINIMAL_CONTAINER}"` },
    });
    expect(response.body).toMatchObject({ total: 2, first: `${w.container}?page=0`, last: `${w.container}?page=0` });
    should(
      "Preference-Applied when a preference is honoured",
      response.headers.get("preference-applied") === "return=representation",
    );
  });

  it("MUST honour Prefer PreferContainedIRIs and PreferContainedDescriptions", async () => {
    const w = await world({ annotations: 2 });
    const iris = await at(w, containerRoute.GET, "GET", {
      headers: { prefer: `return=representation;include="${PREFER_CONTAINED_IRIS}"` },
    });
    expect(iris.body.first.items).toEqual([
      expect.stringMatching(new RegExp(`^${w.container.replace(/[.?]/g, "\\$&")}\\w+$`)),
      expect.any(String),
    ]);
    expect(iris.body.first.id).toBe(`${w.container}?iris=1&page=0`);
    expect(iris.headers.get("content-location")).toBe(`${w.container}?iris=1`);
    const descriptions = await at(w, containerRoute.GET, "GET", {
      headers: { prefer: `return=representation;include="${PREFER_CONTAINED_DESCRIPTIONS}"` },
    });
    expect(descriptions.body.first.items.map((a: { id: string }) => a.id)).toEqual(iris.body.first.items);
    expect(iris.headers.get("etag")).not.toBe(descriptions.headers.get("etag"));
  });
});

describe("6. Creation of annotations", () => {
  it("MUST answer a successful POST with 201 Created", async () => {
    const w = await world();
    const response = await post(w);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.headers.get("content-type")).toMatch(MEDIA);
    expect(links(response)).toContain('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    expect(checkDataModel(response.body)).toEqual([]);
    should(
      "POST answers the new annotation's representation",
      response.body?.type === "Annotation" && response.headers.get("etag") !== null,
    );
  });

  it("MUST give the new annotation's IRI in Location, inside the container, as its id, even when the client sent one", async () => {
    const w = await world();
    const clientId = "https://client.example.test/annotations/42";
    const response = await post(
      w,
      annotationBody({
        id: clientId,
        target: { source: w.article.url, selector: { type: "TextQuoteSelector", exact: QUOTE } },
      }),
    );
    const location = response.headers.get("location")!;
    expect(location.startsWith(w.container)).toBe(true);
    expect(location.slice(w.container.length)).toMatch(/^\w+$/);
    expect(response.body.id).toBe(location);
    should("the client's id is kept as via", response.body.via === clientId);
    const read = await atAnnotation(w, idIn(w, response), annotationRoute.GET, "GET");
    expect(read.body).toMatchObject({ id: location, via: clientId });
  });

  it("MUST NOT change a canonical IRI the client gave", async () => {
    const w = await world();
    const canonical = "urn:uuid:6c2b4f2e-6f0e-4a9e-9d43-7a6f4a0c1b2d";
    const response = await post(
      w,
      annotationBody({
        canonical,
        target: { source: w.article.url, selector: { type: "TextQuoteSelector", exact: QUOTE } },
      }),
    );
    expect(response.body.canonical).toBe(canonical);
    const id = idIn(w, response);
    const read = await atAnnotation(w, id, annotationRoute.GET, "GET");
    expect(read.body.canonical).toBe(canonical);
    const changed = await atAnnotation(w, id, annotationRoute.PUT, "PUT", {
      body: { ...read.body, canonical: "urn:uuid:other" },
      contentType: "application/ld+json",
      headers: { "if-match": read.headers.get("etag")! },
    });
    expectProblem(changed, 400);
  });

  it("MUST refuse a body in a media type it does not accept with 415, and one too large with 413", async () => {
    const w = await world();
    expectProblem(await post(w, "<annotation/>", "application/xml"), 415);
    expectProblem(await post(w, annotationBody({ bodyValue: "x".repeat(300 * 1024) })), 413);
  });

  it("MUST refuse what is not an annotation of this article's text with 400", async () => {
    const w = await world();
    const source = w.article.url;
    const refused = await Promise.all([
      post(w, "{not json"),
      post(w, { type: "Collection" }),
      post(w, annotationBody({ target: { source, selector: { type: "FragmentSelector", value: "t=1" } } })),
      post(
        w,
        annotationBody({ target: { source, selector: { type: "TextQuoteSelector", exact: "nowhere in the text" } } }),
      ),
      post(
        w,
        annotationBody({
          target: {
            source,
            selector: [
              { type: "TextQuoteSelector", exact: QUOTE },
              { type: "TextPositionSelector", start: 0, end: QUOTE.length },
            ],
          },
        }),
      ),
      post(
        w,
        annotationBody({
          target: {
            source: "https://elsewhere.example.test/story",
            selector: { type: "TextQuoteSelector", exact: QUOTE },
          },
        }),
      ),
    ]);
    for (const response of refused) expectProblem(response, 400);
    should(
      "the server rejects annotations it cannot store with 400",
      refused.every((r) => r.status === 400),
    );
    expect((await at(w, containerRoute.GET, "GET")).body.total).toBe(0);
  });

  it("places a quote-only target and a TextPositionSelector on the article's current text", async () => {
    const w = await world();
    const quoteOnly = await post(w);
    const start = [...TEXT.slice(0, TEXT.indexOf(QUOTE))].length;
    expect(quoteOnly.body.target.selector).toEqual([
      expect.objectContaining({ type: "TextQuoteSelector", exact: QUOTE }),
      expect.objectContaining({ type: "TextPositionSelector", start, end: start + QUOTE.length }),
    ]);
    expect(quoteOnly.body.target).toMatchObject({
      source: w.article.url,
      scope: expect.stringContaining(`/articles/${w.article.id}`),
    });
    // "things." is in every sentence: a prefix with a typo still singles out the fifth (lib/anchoring's quote search)
    const byContext = await post(
      w,
      annotationBody({
        target: {
          source: w.article.url,
          selector: {
            type: "TextQuoteSelector",
            exact: "things.",
            prefix: "Sentence numbr 5 says 5 ",
            suffix: " Sentence number 6 says",
          },
        },
      }),
    );
    expect(byContext.status, JSON.stringify(byContext.body)).toBe(201);
    const fifth = TEXT.indexOf("things.", TEXT.indexOf(SENTENCES[4]!));
    expect(byContext.body.target.selector[1]).toMatchObject({ start: fifth, end: fifth + 7 });
    expectProblem(
      await post(
        w,
        annotationBody({
          target: { source: w.article.url, selector: { type: "TextQuoteSelector", exact: "things." } },
        }),
      ),
      400,
    );
    const positioned = await post(
      w,
      annotationBody({
        target: {
          source: w.container,
          selector: [
            { type: "TextQuoteSelector", exact: "things" },
            { type: "TextPositionSelector", start: TEXT.lastIndexOf("things"), end: TEXT.lastIndexOf("things") + 6 },
          ],
        },
      }),
    );
    expect(positioned.status, JSON.stringify(positioned.body)).toBe(201);
  });
});

describe("7. Updating annotations", () => {
  it("MUST update with PUT to the annotation's IRI, answering the new state and ETag", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const read = await atAnnotation(w, id, annotationRoute.GET, "GET");
    const edited = { ...read.body, body: [{ type: "TextualBody", value: "Edited.", purpose: "commenting" }] };
    const response = await atAnnotation(w, id, annotationRoute.PUT, "PUT", {
      body: edited,
      contentType: "application/ld+json",
      headers: { "if-match": read.headers.get("etag")! },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.body).toEqual([expect.objectContaining({ value: "Edited." })]);
    expect(response.headers.get("etag")).not.toBe(read.headers.get("etag"));
    expect(response.headers.get("etag")).toBe(
      (await atAnnotation(w, id, annotationRoute.GET, "GET")).headers.get("etag"),
    );
  });

  it("MUST refuse a PUT whose If-Match is stale with 412, changing nothing", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const read = await atAnnotation(w, id, annotationRoute.GET, "GET");
    const stale = await atAnnotation(w, id, annotationRoute.PUT, "PUT", {
      body: read.body,
      contentType: "application/ld+json",
      headers: { "if-match": '"stale"' },
    });
    expectProblem(stale, 412);
    expect((await atAnnotation(w, id, annotationRoute.GET, "GET")).headers.get("etag")).toBe(read.headers.get("etag"));
  });

  it("requires If-Match on PUT and DELETE: 428 Precondition Required without it", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const read = await atAnnotation(w, id, annotationRoute.GET, "GET");
    const put = await atAnnotation(w, id, annotationRoute.PUT, "PUT", {
      body: read.body,
      contentType: "application/ld+json",
    });
    expect(put.status).toBe(428);
    expect(put.body).toMatchObject({ status: 428, code: "precondition_failed" });
    expect((await atAnnotation(w, id, annotationRoute.DELETE, "DELETE")).status).toBe(428);
    expect((await atAnnotation(w, id, annotationRoute.GET, "GET")).status).toBe(200);
  });
});

describe("8. Deleting annotations", () => {
  it("MUST answer a successful DELETE with 204, and the annotation leaves the container", async () => {
    const w = await world();
    const id = idIn(w, await post(w));
    const etag = (await atAnnotation(w, id, annotationRoute.GET, "GET")).headers.get("etag")!;
    const stale = await atAnnotation(w, id, annotationRoute.DELETE, "DELETE", { headers: { "if-match": '"stale"' } });
    should("DELETE honours If-Match (412 when stale)", stale.status === 412);
    const response = await atAnnotation(w, id, annotationRoute.DELETE, "DELETE", { headers: { "if-match": etag } });
    expect(response.status).toBe(204);
    const gone = await atAnnotation(w, id, annotationRoute.GET, "GET");
    should(
      "a deleted annotation answers 410 Gone, one that never existed 404",
      gone.status === 410 &&
        (await atAnnotation(w, "c0never0existed0000000000", annotationRoute.GET, "GET")).status === 404,
    );
    expect([404, 410]).toContain(gone.status);
    expect((await at(w, containerRoute.GET, "GET")).body.total).toBe(0);
  });
});

describe("access", () => {
  it("answers 401 without a token, and 404 to another workspace's token", async () => {
    const w = await world({ annotations: 1 });
    expectProblem(await at(w, containerRoute.GET, "GET", { token: null }), 401);
    const outsider = await tokenFor(await createWorkspaceWithMembers(), "ADMIN");
    expectProblem(await at(w, containerRoute.GET, "GET", { token: outsider }), 404);
    expectProblem(await post({ ...w, editor: outsider }), 404);
    // a deleted annotation is 410 for its workspace only: another workspace cannot tell it ever existed
    const id = idIn(w, await post(w));
    expect((await atAnnotation(w, id, annotationRoute.DELETE, "DELETE", { headers: { "if-match": "*" } })).status).toBe(
      204,
    );
    expect((await atAnnotation(w, id, annotationRoute.GET, "GET")).status).toBe(410);
    expect((await atAnnotation(w, id, annotationRoute.HEAD, "HEAD")).status).toBe(410);
    expectProblem(await atAnnotation(w, id, annotationRoute.GET, "GET", { token: outsider }), 404);
  });
});

afterAll(() => {
  should("IRIs use HTTPS", ORIGIN.startsWith("https:"));
  const met = shoulds.filter((s) => s.met);
  console.log(
    `SHOULDs met: ${met.length} of ${shoulds.length}${
      met.length < shoulds.length
        ? ` (not met: ${shoulds
            .filter((s) => !s.met)
            .map((s) => s.name)
            .join("; ")})`
        : ""
    }`,
  );
  // https is the deployment's (PUBLIC_BASE_URL / NEXTAUTH_URL); the test server runs on http
  expect(shoulds.filter((s) => !s.met).map((s) => s.name)).toEqual(["IRIs use HTTPS"]);
});

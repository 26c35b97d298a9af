import { describe, expect, it } from "vitest";
import { PayloadTooLargeError } from "@/lib/errors";
import { BadRequestError, UnsupportedMediaTypeError } from "@/lib/api/http/api-errors";
import { parseJsonText, readRequestBody } from "@/lib/api/http/read-body";

const options = { mediaTypes: ["application/json"], maxBytes: 16 };
const request = (
  body: BodyInit,
  headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8" },
) => new Request("http://x.test/", { method: "POST", body, headers });

describe("readRequestBody", () => {
  it("reads an accepted media type (parameters ignored)", async () => {
    expect(await readRequestBody(request('{"a":1}'), options)).toEqual({
      mediaType: "application/json",
      text: '{"a":1}',
    });
  });

  it("refuses another or a missing media type with 415", async () => {
    await expect(readRequestBody(request("x", { "Content-Type": "text/plain" }), options)).rejects.toThrow(
      UnsupportedMediaTypeError,
    );
    await expect(
      readRequestBody(new Request("http://x.test/", { method: "POST", body: new Uint8Array([1]) }), options),
    ).rejects.toThrow(UnsupportedMediaTypeError);
  });

  it("refuses more bytes than allowed with 413, also when the stream lies about its length", async () => {
    await expect(readRequestBody(request("x".repeat(17)), options)).rejects.toThrow(PayloadTooLargeError);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("xxxx"));
        controller.close();
      },
    });
    const streamed = new Request("http://x.test/", {
      method: "POST",
      body: stream,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    await expect(readRequestBody(streamed, options)).rejects.toThrow(PayloadTooLargeError);
  });

  it("refuses bytes that are not UTF-8, and JSON that does not parse, with 400", async () => {
    await expect(readRequestBody(request(new Uint8Array([0x7b, 0xff, 0x7d])), options)).rejects.toThrow(
      BadRequestError,
    );
    expect(() => parseJsonText("{nope")).toThrow(BadRequestError);
  });

  it("refuses NUL characters, raw or escaped in JSON strings (PostgreSQL text cannot hold them)", async () => {
    await expect(readRequestBody(request('{"a":"x\u0000"}'), options)).rejects.toThrow(/NUL/);
    expect(() => parseJsonText('{"a":["ok","x\\u0000"]}')).toThrow(/NUL/);
    expect(parseJsonText('{"a":"x\\\\u0000"}')).toEqual({ a: "x\\u0000" });
  });
});

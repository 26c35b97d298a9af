import { describe, expect, it } from "vitest";
import { clientAddress, forwardedForHeader } from "@/lib/auth/client-address";

describe("clientAddress", () => {
  it("trusts nothing with 0 hops (the default): a client can write the header itself", () => {
    expect(clientAddress("203.0.113.7", 0)).toBeNull();
    expect(clientAddress("203.0.113.7, 10.0.0.2", 0)).toBeNull();
  });

  it("with 1 hop takes the address the proxy appended, ignoring what the client put before it", () => {
    expect(clientAddress("203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("1.1.1.1, 2.2.2.2, 203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("with 2 hops takes the second address from the right", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("answers unknown when the header has fewer entries than trusted proxies, or none", () => {
    expect(clientAddress("203.0.113.7", 2)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress("", 1)).toBeNull();
  });

  it("accepts only a bare address, and writes IPv4-mapped IPv6 as IPv4", () => {
    expect(clientAddress("2001:DB8::1", 1)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:203.0.113.7", 1)).toBe("203.0.113.7");
    for (const junk of ["unknown", "203.0.113.7:443", "evil.example", "203.0.113.999", "' or 1=1", " , "]) {
      expect(clientAddress(junk, 1), junk).toBeNull();
    }
  });
});

describe("forwardedForHeader", () => {
  it("reads Headers, next-auth's plain objects and repeated headers", () => {
    expect(forwardedForHeader(new Headers({ "X-Forwarded-For": "1.2.3.4" }))).toBe("1.2.3.4");
    expect(forwardedForHeader({ "x-forwarded-for": "1.2.3.4, 5.6.7.8" })).toBe("1.2.3.4, 5.6.7.8");
    expect(forwardedForHeader({ "x-forwarded-for": ["1.2.3.4", "5.6.7.8"] })).toBe("1.2.3.4,5.6.7.8");
    expect(forwardedForHeader({})).toBeNull();
    expect(forwardedForHeader(undefined)).toBeNull();
  });
});

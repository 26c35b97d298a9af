import { describe, expect, it } from "vitest";
import { cookieFromHeader, newSignInDeviceCookie, signInDeviceKey } from "@/lib/auth/sign-in-device";

describe("sign-in device cookie", () => {
  it("is valid for the account it was issued for, and gives each browser its own key", () => {
    const one = newSignInDeviceCookie("chief@desk.test");
    const two = newSignInDeviceCookie("chief@desk.test");
    expect(signInDeviceKey(one, "chief@desk.test")).toMatch(/^device:[A-Za-z0-9_-]{22}$/);
    expect(signInDeviceKey(one, "chief@desk.test")).not.toBe(signInDeviceKey(two, "chief@desk.test"));
  });

  it("is worthless for another account, forged, altered or missing", () => {
    const cookie = newSignInDeviceCookie("attacker@desk.test");
    const [nonce, mac] = cookie.split(".");
    expect(signInDeviceKey(cookie, "chief@desk.test")).toBeNull();
    expect(
      signInDeviceKey(`${nonce}.${mac!.slice(0, -1)}${mac!.endsWith("A") ? "B" : "A"}`, "attacker@desk.test"),
    ).toBeNull();
    expect(signInDeviceKey(`${"A".repeat(22)}.${mac}`, "attacker@desk.test")).toBeNull();
    for (const junk of [null, undefined, "", ".", "abc", `${cookie}.x`])
      expect(signInDeviceKey(junk, "attacker@desk.test")).toBeNull();
  });
});

describe("cookieFromHeader", () => {
  it("finds a cookie among others, keeping '=' in its value", () => {
    expect(cookieFromHeader("a=1; factdesk.sign-in-device=x.y=; b=2", "factdesk.sign-in-device")).toBe("x.y=");
    expect(cookieFromHeader("a=1", "factdesk.sign-in-device")).toBeNull();
    expect(cookieFromHeader(undefined, "a")).toBeNull();
  });
});

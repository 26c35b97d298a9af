import { describe, expect, it } from "vitest";
import {
  buildNeeded,
  fingerprintOf,
  isBuildInput,
  parseLsTree,
  parseStatusPaths,
  withWorkingTreeChanges,
  type InputEntry,
} from "./build-fingerprint";

const tree: InputEntry[] = [
  ["app/page.tsx", "git:aaa"],
  ["lib/db/client.ts", "git:bbb"],
  ["package-lock.json", "git:ccc"],
];

describe("isBuildInput", () => {
  it("counts the code, schema, config and lockfile", () => {
    for (const file of [
      "app/page.tsx",
      "lib/db/client.ts",
      "prisma/schema.prisma",
      "public/logo.svg",
      "proxy.ts",
      "next.config.js",
      "package-lock.json",
      "components/x.tsx",
    ]) {
      expect(isBuildInput(file), file).toBe(true);
    }
  });

  it("leaves out tests, docs and tooling that never reach the server or the browser", () => {
    for (const file of [
      "README.md",
      "e2e/annotate.spec.ts",
      "test/load/x.load.test.ts",
      "lib/ops/readiness.int.test.ts",
      "lib/a.test.ts",
      "scripts/start.ts",
      ".ci/run",
      "Dockerfile",
      "docker-compose.yml",
    ]) {
      expect(isBuildInput(file), file).toBe(false);
    }
  });
});

describe("fingerprintOf", () => {
  it("is digits only (the build id goes into asset URLs) and ignores the order of entries", () => {
    const fingerprint = fingerprintOf(tree);
    expect(fingerprint).toMatch(/^\d{20,}$/);
    expect(fingerprintOf([...tree].reverse())).toBe(fingerprint);
  });

  it("changes with an input's content, an added or a removed input", () => {
    const base = fingerprintOf(tree);
    expect(fingerprintOf([["app/page.tsx", "git:zzz"], ...tree.slice(1)])).not.toBe(base);
    expect(fingerprintOf([...tree, ["app/new/page.tsx", "git:ddd"]])).not.toBe(base);
    expect(fingerprintOf(tree.slice(1))).not.toBe(base);
  });

  it("does not change when only files outside the build change", () => {
    expect(fingerprintOf([...tree, ["README.md", "git:eee"], ["e2e/x.spec.ts", "git:fff"]])).toBe(fingerprintOf(tree));
  });
});

describe("git output", () => {
  it("reads blob ids and paths (spaces and tabs included) from ls-tree -z", () => {
    const output = "100644 blob aaa\tapp/page.tsx\x00100644 blob bbb\tpublic/a file\twith tab.png\0";
    expect(parseLsTree(output)).toEqual([
      ["app/page.tsx", "git:aaa"],
      ["public/a file\twith tab.png", "git:bbb"],
    ]);
  });

  it("reads changed and untracked paths from status --porcelain -z", () => {
    expect(parseStatusPaths(" M app/page.tsx\0?? lib/new file.ts\0 D lib/old.ts\0")).toEqual([
      "app/page.tsx",
      "lib/new file.ts",
      "lib/old.ts",
    ]);
  });

  it("replaces changed files by their content now and drops deleted ones", () => {
    const changed = new Map<string, string | null>([
      ["app/page.tsx", "sha256:new"],
      ["lib/db/client.ts", null],
      ["lib/added.ts", "sha256:added"],
    ]);
    expect(new Map(withWorkingTreeChanges(tree, changed))).toEqual(
      new Map([
        ["app/page.tsx", "sha256:new"],
        ["package-lock.json", "git:ccc"],
        ["lib/added.ts", "sha256:added"],
      ]),
    );
  });
});

describe("buildNeeded", () => {
  it("builds when there is no build, rebuilds when the fingerprint differs, else serves", () => {
    expect(buildNeeded(undefined, "123")).toBe("first build");
    expect(buildNeeded("122", "123")).toBe("rebuild");
    expect(buildNeeded("123\n", "123")).toBe("up to date");
  });
});

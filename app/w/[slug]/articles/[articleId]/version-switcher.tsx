"use client";

import { useRouter } from "next/navigation";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Choose a version to read; the latest has a plain URL. */
export function VersionSwitcher({ base, versions, current }: { base: string; versions: { number: number; createdAt: string }[]; current: number }) {
  const router = useRouter();
  const latest = versions[0]?.number;
  return (
    <label style={{ display: "flex", alignItems: "center", gap: "0.4rem", fontWeight: 600 }}>
      Version
      <select value={current} onChange={(e) => router.push(Number(e.target.value) === latest ? base : `${base}?v=${e.target.value}`)}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {v.number} · {when.format(new Date(v.createdAt))}
            {v.number === latest ? " (latest)" : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

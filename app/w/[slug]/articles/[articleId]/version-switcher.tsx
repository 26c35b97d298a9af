"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTimeZone } from "@/app/_components/time/time-zone-context";
import { formatDayTime } from "@/lib/time/format-time";

/** Choose a version to read; the latest has a plain URL. */
export function VersionSwitcher({
  base,
  versions,
  current,
}: {
  base: string;
  versions: { number: number; createdAt: string }[];
  current: number;
}) {
  const t = useTranslations("articles.versionSwitcher");
  const router = useRouter();
  // an <option> holds text only: the time as a string, in the viewer's zone
  const zone = useTimeZone();
  const locale = useLocale();
  const latest = versions[0]?.number;
  return (
    <label style={{ display: "flex", alignItems: "center", gap: "0.4rem", fontWeight: 600 }}>
      {t("label")}
      <select
        value={current}
        onChange={(e) => router.push(Number(e.target.value) === latest ? base : `${base}?v=${e.target.value}`)}
      >
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            {v.number} · {formatDayTime(new Date(v.createdAt), zone, locale)}
            {v.number === latest ? ` ${t("latest")}` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export interface NavItem {
  href: string;
  label: string;
}

/** The workspace's sections; the current one is marked for screen readers (aria-current). */
export function WorkspaceNav({ items }: { items: NavItem[] }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  const current = items.reduce<NavItem | null>((best, item) => {
    const matches = pathname === item.href || pathname.startsWith(`${item.href}/`);
    return matches && (!best || item.href.length > best.href.length) ? item : best;
  }, null);
  return (
    <nav className="shell-nav" aria-label={t("workspace")}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

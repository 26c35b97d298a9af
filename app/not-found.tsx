import Link from "next/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("errorPages.notFound");
  return (
    <main id="main" className="page">
      <div className="card empty">
        <h1>{t("heading")}</h1>
        <p>{t("body")}</p>
        <Link className="button secondary" href="/">
          {t("back")}
        </Link>
      </div>
    </main>
  );
}

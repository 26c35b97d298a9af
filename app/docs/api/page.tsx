import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { API_ROUTES } from "@/lib/api-routes/api-routes";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { buildApiReference, type ApiReference } from "@/lib/api/reference/api-reference";
import { Prose } from "./prose";
import { OperationSection } from "./operation-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("docs"))("title") };
}

// Rendered from the same OpenAPI document /api/v1/openapi.json serves; built once per server.
let reference: ApiReference | undefined;

/**
 * The human-readable API reference: public (it describes the API, it shows no
 * data), server-rendered, no script of its own: it reads the same without
 * JavaScript. Headings per tag, a table of contents, every operation with its
 * parameters, body fields, responses and problem codes.
 */
export default async function ApiReferencePage() {
  const t = await getTranslations("docs");
  reference ??= buildApiReference(buildOpenApiDocument(API_ROUTES));
  const { title, version, description, tags, problemCodes } = reference;
  return (
    <main id="main" className="page api-reference">
      <div className="page-head">
        <h1>
          {title} <span className="muted">{t("version", { version })}</span>
        </h1>
        <a className="button secondary" href="/api/v1/openapi.json">
          {t("openApiDocument")}
        </a>
      </div>
      <Prose text={description} />
      <p>
        {t.rich("tokens", { strong: (chunks) => <strong>{chunks}</strong> })} <Link href="/">{t("backToApp")}</Link>
      </p>

      <nav aria-labelledby="toc-heading" className="card api-toc">
        <h2 id="toc-heading">{t("contents")}</h2>
        <ol>
          <li>
            <a href="#errors">{t("errorsHeading")}</a>
          </li>
          {tags.map((tag) => (
            <li key={tag.id}>
              <a href={`#${tag.id}`}>{tag.name}</a>
              <ul>
                {tag.operations.map((operation) => (
                  <li key={operation.id}>
                    <a href={`#${operation.id}`}>
                      <span className={`api-method ${operation.method}`}>{operation.method}</span> <code>{operation.path}</code>
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="errors">
        <h2 id="errors">{t("errorsHeading")}</h2>
        <p>{t.rich("errorsText", { code: (chunks) => <code>{chunks}</code> })}</p>
        <table className="data api-table">
          <caption className="visually-hidden">{t("problemCodesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">
                {"code" // i18n-exempt: the problem's JSON field name, as the API writes it
                }
              </th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {problemCodes.map(({ code, status }) => (
              <tr key={code}>
                <td>
                  <code>{code}</code>
                </td>
                <td>{status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {tags.map((tag) => (
        <section key={tag.id} aria-labelledby={tag.id}>
          <h2 id={tag.id}>{tag.name}</h2>
          {tag.operations.map((operation) => (
            <OperationSection key={operation.id} operation={operation} />
          ))}
        </section>
      ))}
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { API_ROUTES } from "@/lib/api/routes";
import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { buildApiReference, type ApiReference } from "@/lib/api/reference/api-reference";
import { Prose } from "./prose";
import { OperationSection } from "./operation-section";

export const metadata: Metadata = { title: "API reference" };

// Rendered from the same OpenAPI document /api/v1/openapi.json serves; built once per server.
let reference: ApiReference | undefined;

/**
 * The human-readable API reference: public (it describes the API, it shows no
 * data), server-rendered, no script of its own: it reads the same without
 * JavaScript. Headings per tag, a table of contents, every operation with its
 * parameters, body fields, responses and problem codes.
 */
export default function ApiReferencePage() {
  reference ??= buildApiReference(buildOpenApiDocument(API_ROUTES));
  const { title, version, description, tags, problemCodes } = reference;
  return (
    <main id="main" className="page api-reference">
      <div className="page-head">
        <h1>
          {title} <span className="muted">v{version}</span>
        </h1>
        <a className="button secondary" href="/api/v1/openapi.json">
          OpenAPI document (JSON)
        </a>
      </div>
      <Prose text={description} />
      <p>
        Tokens are made by a workspace admin under <strong>Admin → API tokens</strong>. <Link href="/">Back to Factdesk</Link>
      </p>

      <nav aria-labelledby="toc-heading" className="card api-toc">
        <h2 id="toc-heading">Contents</h2>
        <ol>
          <li>
            <a href="#errors">Errors and problem codes</a>
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
        <h2 id="errors">Errors and problem codes</h2>
        <p>
          Every error is an RFC 9457 problem (<code>application/problem+json</code>) with <code>status</code>, <code>title</code>, <code>detail</code>, a stable{" "}
          <code>code</code> for programs, field <code>errors</code> as JSON Pointers where the input was wrong, and <code>requestId</code>: quote it when you report a problem.
        </p>
        <table className="data api-table">
          <caption className="visually-hidden">Problem codes and their HTTP statuses</caption>
          <thead>
            <tr>
              <th scope="col">code</th>
              <th scope="col">Status</th>
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

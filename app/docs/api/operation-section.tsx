import { useTranslations } from "next-intl";
import type { ReferenceOperation } from "@/lib/api/reference/api-reference";
import { Prose } from "./prose";

/** One operation of the API reference: method and path, auth, parameters, body fields, responses. */
export function OperationSection({ operation }: { operation: ReferenceOperation }) {
  const t = useTranslations("docs.operation");
  const { id, method, path, summary, description, minimumRole, parameters, body, responses } = operation;
  return (
    <article className="card api-operation" aria-labelledby={id}>
      <h3 id={id}>
        <span className={`api-method ${method}`}>{method}</span> <code>{path}</code>
      </h3>
      <p className="api-summary">{summary}</p>
      <Prose text={description} />
      <p className="muted">{t("auth", { auth: minimumRole === null ? t("authNone") : t("authBearer", { role: minimumRole }) })}</p>

      {parameters.length > 0 && (
        <table className="data api-table">
          <caption>{t("parameters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("in")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("description")}</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={`${p.in}:${p.name}`}>
                <td>
                  <code>{p.name}</code>
                  {p.required && <span className="api-required"> {t("required")}</span>}
                </td>
                <td>{p.in}</td>
                <td>{p.type}</td>
                <td>
                  <Prose text={p.description} className="api-cell" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {body && (
        <>
          <h4>{t("requestBody")}</h4>
          <p>
            {body.mediaTypes.map((type) => (
              <code key={type} className="api-media">
                {type}
              </code>
            ))}
          </p>
          <Prose text={body.description} />
          {body.fields.length > 0 && (
            <table className="data api-table">
              <caption>{t("bodyFields")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field")}</th>
                  <th scope="col">{t("type")}</th>
                  <th scope="col">{t("description")}</th>
                </tr>
              </thead>
              <tbody>
                {body.fields.map((field) => (
                  <tr key={field.name}>
                    <td>
                      <code>{field.name}</code>
                      {field.required && <span className="api-required"> {t("required")}</span>}
                    </td>
                    <td>{field.type}</td>
                    <td>
                      <Prose text={field.description} className="api-cell" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      <table className="data api-table">
        <caption>{t("responses")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("description")}</th>
            <th scope="col">{t("contentAndHeaders")}</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((r) => (
            <tr key={r.status}>
              <td>{r.status}</td>
              <td>
                {r.description}
                {r.codes.length > 0 && (
                  <>
                    {" "}
                    ({r.codes.map((code, i) => (
                      <span key={code}>
                        {i > 0 && ", "}
                        <code>{code}</code>
                      </span>
                    ))}
                    )
                  </>
                )}
              </td>
              <td>
                {[...r.mediaTypes, ...r.headers.map((name) => t("header", { name }))].map((item) => (
                  <code key={item} className="api-media">
                    {item}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

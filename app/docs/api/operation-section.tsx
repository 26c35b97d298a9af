import type { ReferenceOperation } from "@/lib/api/reference/api-reference";
import { Prose } from "./prose";

/** One operation of the API reference: method and path, auth, parameters, body fields, responses. */
export function OperationSection({ operation }: { operation: ReferenceOperation }) {
  const { id, method, path, summary, description, auth, parameters, body, responses } = operation;
  return (
    <article className="card api-operation" aria-labelledby={id}>
      <h3 id={id}>
        <span className={`api-method ${method}`}>{method}</span> <code>{path}</code>
      </h3>
      <p className="api-summary">{summary}</p>
      <Prose text={description} />
      <p className="muted">Auth: {auth}</p>

      {parameters.length > 0 && (
        <table className="data api-table">
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={`${p.in}:${p.name}`}>
                <td>
                  <code>{p.name}</code>
                  {p.required && <span className="api-required"> required</span>}
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
          <h4>Request body</h4>
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
              <caption>Body fields</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {body.fields.map((field) => (
                  <tr key={field.name}>
                    <td>
                      <code>{field.name}</code>
                      {field.required && <span className="api-required"> required</span>}
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
        <caption>Responses</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Description</th>
            <th scope="col">Content and headers</th>
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
                {[...r.mediaTypes, ...r.headers.map((h) => `${h} header`)].map((item) => (
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

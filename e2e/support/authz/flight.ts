/**
 * Just enough of React's Flight wire format to read a server action's return
 * value from the response of `POST <page>` with `Next-Action: <id>`.
 *
 * A response is a series of rows `<hex id>:<row>`; a JSON row ends at "\n", a
 * text row (`T<hex length>,<text>`) is length-prefixed. Row 0 is Next's
 * envelope `{ "a": <action result>, ... }`. Inside JSON, strings starting
 * with "$" are references or escapes: "$@<id>" and "$<id>" point at another
 * row, "$$…" is a literal "$…", "$undefined" is undefined, "$D…" a date.
 * React's own client cannot be used here: it would try to load the page's
 * client components, which only exist in a browser bundle.
 */
export function readFlightRows(body: string): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(":", at);
    if (colon < 0) break;
    const id = body.slice(at, colon);
    if (body[colon + 1] === "T") {
      const comma = body.indexOf(",", colon);
      const length = Number.parseInt(body.slice(colon + 2, comma), 16);
      // the length counts UTF-8 bytes, not UTF-16 code units
      const text = Buffer.from(body.slice(comma + 1), "utf8")
        .subarray(0, length)
        .toString("utf8");
      rows.set(id, JSON.stringify(text));
      at = comma + 1 + text.length;
    } else {
      const end = body.indexOf("\n", colon);
      rows.set(id, body.slice(colon + 1, end < 0 ? body.length : end));
      at = end < 0 ? body.length : end + 1;
    }
  }
  return rows;
}

function decode(value: unknown, rows: Map<string, string>, depth: number): unknown {
  if (depth > 20) throw new Error("Flight: references nest too deep");
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    if (value.startsWith("$D")) return new Date(value.slice(2));
    const ref = /^\$@?([0-9a-f]+)$/.exec(value);
    if (ref) {
      const row = rows.get(ref[1]!);
      if (row === undefined) throw new Error(`Flight: row ${ref[1]} is missing`);
      if (/^[A-Z]/.test(row)) throw new Error(`Flight: row ${ref[1]} is not a value: ${row.slice(0, 200)}`);
      return decode(JSON.parse(row), rows, depth + 1);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => decode(item, rows, depth + 1));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v, rows, depth + 1)]));
  return value;
}

/** The action's return value, or `{ thrown: … }` when the action threw (an error row). */
export function actionResultOf(body: string): unknown {
  const rows = readFlightRows(body);
  const envelope = rows.get("0");
  if (!envelope) throw new Error(`Flight: no row 0 in ${JSON.stringify(body.slice(0, 300))}`);
  const parsed = JSON.parse(envelope) as { a?: unknown };
  if (typeof parsed.a === "string") {
    const ref = /^\$@([0-9a-f]+)$/.exec(parsed.a);
    const row = ref ? rows.get(ref[1]!) : undefined;
    if (row?.startsWith("E")) return { thrown: JSON.parse(row.slice(1)) as unknown };
  }
  return decode(parsed.a, rows, 0);
}

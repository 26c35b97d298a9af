import net from "node:net";

/** A Parse message of the extended protocol: an empty name is the unnamed statement, which lives for one query only. */
export interface ParsedStatement {
  name: string;
  sql: string;
}

export interface WireRecorder {
  /** the port clients connect to instead of the target's */
  port: number;
  /** every Parse message clients sent, in order */
  parses: ParsedStatement[];
  /** the parameters of every startup message (user, database, application_name …) */
  startups: Record<string, string>[];
  stop(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSS_ENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;

/**
 * A TCP relay in front of a PostgreSQL-speaking server (here PgBouncer) that
 * reads what clients send, for tests that must prove something about the
 * wire: which statements were prepared under a name (those outlive their
 * transaction and break behind transaction pooling), who connected under
 * which application_name. It passes every byte on unchanged.
 */
export async function startWireRecorder(targetPort: number, targetHost = "127.0.0.1"): Promise<WireRecorder> {
  const parses: ParsedStatement[] = [];
  const startups: Record<string, string>[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true); // as PgBouncer and pg do: no Nagle delay on small protocol messages
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => undefined); // the other side's close ends both
    }
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    upstream.pipe(client);
    const reader = frontendReader({ onParse: (p) => parses.push(p), onStartup: (s) => startups.push(s) });
    client.on("data", (chunk: Buffer) => {
      reader(chunk);
      upstream.write(chunk);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    parses,
    startups,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Splits a client's byte stream into protocol messages: first untyped ones
 * (SSL or GSS request, then the startup message), then typed ones (one byte
 * type, four bytes length that counts itself, body).
 */
function frontendReader(on: {
  onParse(p: ParsedStatement): void;
  onStartup(params: Record<string, string>): void;
}): (chunk: Buffer) => void {
  let buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        const body = buffer.subarray(8, length);
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSS_ENC_REQUEST) continue; // the startup message follows
        if (code === CANCEL_REQUEST) return;
        on.onStartup(keyValuePairs(body));
        started = true;
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      const type = String.fromCharCode(buffer[0]!);
      const body = buffer.subarray(5, 1 + length);
      buffer = buffer.subarray(1 + length);
      if (type === "P") {
        const [name = "", sql = ""] = cStrings(body, 2);
        on.onParse({ name, sql });
      }
    }
  };
}

/** The startup message's body: name, value, name, value …, ended by an empty name. */
function keyValuePairs(body: Buffer): Record<string, string> {
  const strings = cStrings(body, Infinity);
  const pairs: Record<string, string> = {};
  for (let i = 0; i + 1 < strings.length && strings[i] !== ""; i += 2) pairs[strings[i]!] = strings[i + 1]!;
  return pairs;
}

function cStrings(body: Buffer, count: number): string[] {
  const strings: string[] = [];
  let at = 0;
  while (strings.length < count && at < body.length) {
    const end = body.indexOf(0, at);
    if (end < 0) break;
    strings.push(body.toString("utf8", at, end));
    at = end + 1;
  }
  return strings;
}

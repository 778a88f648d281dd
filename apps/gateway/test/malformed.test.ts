// Malformed HTTP against the real Node listener (fast path included): every answer is a 4xx
// with a coded GraphQL error, never a 5xx, and the server keeps serving.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../src/createGateway.js";
import { createLogger } from "../src/logger.js";
import { listen, type Listening } from "./listen.js";

const serverErrors: string[] = [];
let server: Listening;

beforeAll(async () => {
  const logger = createLogger("error", (line) => serverErrors.push(line));
  server = await listen(createGateway({ logger }).listener);
});

afterAll(() => server.close());

const JSON_TYPE = { "content-type": "application/json" };
const QUERY = "{ dataset { version } }";
const post = (body: BodyInit, headers: Record<string, string> = JSON_TYPE) =>
  ({ method: "POST", headers, body }) as RequestInit;

/** Sends a request twice (the second may meet the fast path) and returns the answers' codes. */
async function codes(path: string, init: RequestInit = {}): Promise<[number, string[]]> {
  let last: [number, string[]] = [0, []];
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(`${server.base}${path}`, init);
    const text = await response.text();
    expect(response.status, text).toBeLessThan(500);
    const body = JSON.parse(text) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    for (const error of body.errors ?? []) {
      expect(error.message).toEqual(expect.any(String));
      expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
    }
    last = [response.status, (body.errors ?? []).map((error) => error.extensions!.code!)];
  }
  return last;
}

/** Sends raw HTTP/1.1 (fetch cannot send a malformed Host) and returns the status and body. */
function raw(head: string, body: string): Promise<[number, string]> {
  const { hostname, port } = new URL(server.base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.end(
        `${head}content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      ),
    );
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    socket.on("error", reject);
    socket.on("end", () =>
      resolve([Number(answer.split(" ")[1]), answer.slice(answer.indexOf("\r\n\r\n") + 4)]),
    );
  });
}

describe("malformed requests", () => {
  it("a Host header that is not a host name (a load generator's 'undefined:undefined')", async () => {
    const body = JSON.stringify({ query: QUERY });
    for (const host of ["undefined:undefined", "a b", "x:99999999"]) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const [status, text] = await raw(
          `POST /graphql HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\n`,
          body,
        );
        expect(status, text).toBe(400);
        expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_REQUEST");
      }
    }
    const [status] = await raw(
      `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n`,
      body,
    );
    expect(status).toBe(200);
  });

  it("bad JSON, an empty body, a body that is not an object", async () => {
    expect(await codes("/graphql", post('{"query": '))).toEqual([400, ["BAD_REQUEST"]]);
    expect(await codes("/graphql", post(""))).toEqual([400, ["BAD_REQUEST"]]);
    expect(await codes("/graphql", post("null"))).toEqual([400, ["BAD_REQUEST"]]);
    expect(await codes("/graphql", post('"query"'))).toEqual([400, ["BAD_REQUEST"]]);
    expect(await codes("/graphql", post('{"query": 1}'))).toEqual([400, ["BAD_REQUEST"]]);
    const bytes = Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]);
    expect(await codes("/graphql", post(bytes))).toEqual([400, ["BAD_REQUEST"]]);
  });

  it("wrong content types", async () => {
    const body = JSON.stringify({ query: QUERY });
    expect(await codes("/graphql", post(body, { "content-type": "text/plain" }))).toEqual([
      403,
      ["CSRF_PREVENTED"],
    ]);
    expect(await codes("/graphql", post(body, {}))).toEqual([403, ["CSRF_PREVENTED"]]);
    const xml = { "content-type": "application/xml", "x-graphql-client-name": "fuzz" };
    expect(await codes("/graphql", post("<query/>", xml))).toEqual([
      415,
      ["UNSUPPORTED_MEDIA_TYPE"],
    ]);
  });

  it("a 5 MB body, with or without a Content-Length", async () => {
    const huge = JSON.stringify({ query: QUERY, variables: { x: "x".repeat(5_000_000) } });
    expect(await codes("/graphql", post(huge))).toEqual([413, ["REQUEST_ENTITY_TOO_LARGE"]]);
    const chunked = () =>
      ({
        ...post(
          new ReadableStream({
            start(controller) {
              for (let i = 0; i < 50; i++)
                controller.enqueue(Buffer.from(huge.slice(i * 100_000, (i + 1) * 100_000)));
              controller.close();
            },
          }),
        ),
        duplex: "half",
      }) as RequestInit;
    const response = await fetch(`${server.base}/graphql`, chunked());
    expect(response.status).toBe(413);
  });

  it("500 batched operations", async () => {
    const batch = JSON.stringify(Array.from({ length: 500 }, () => ({ query: QUERY })));
    expect(await codes("/graphql", post(batch))).toEqual([400, ["BAD_REQUEST"]]);
  });

  it("variables that are not JSON, not an object, or nested 40 000 deep", async () => {
    const get = `/graphql?query=${encodeURIComponent(QUERY)}&variables=%7B`;
    expect(await codes(get)).toEqual([400, ["BAD_REQUEST"]]);
    const asString = JSON.stringify({ query: QUERY, variables: '{"a":1}' });
    expect(await codes("/graphql", post(asString))).toEqual([400, ["BAD_REQUEST"]]);
    const deep = `{"query":"query($a: Int) { events(first: $a) { totalCount } }","variables":{"a":${"[".repeat(40_000)}${"]".repeat(40_000)}}}`;
    expect(await codes("/graphql", post(deep))).toEqual([400, ["BAD_USER_INPUT"]]);
  });

  it("other methods and missing parameters", async () => {
    expect(await codes("/graphql", { method: "PUT", headers: JSON_TYPE, body: "{}" })).toEqual([
      405,
      ["BAD_REQUEST"],
    ]);
    expect(await codes("/graphql", { method: "DELETE" })).toEqual([405, ["BAD_REQUEST"]]);
    expect(await codes("/graphql", { headers: { accept: "application/json" } })).toEqual([
      200,
      ["BAD_REQUEST"],
    ]);
  });

  it("keeps serving, and logs no server error", async () => {
    // Node itself refuses a request line past its header limit, with a bare 431.
    const long = await fetch(`${server.base}/graphql?query=${"a".repeat(20_000)}`);
    expect(long.status).toBe(431);
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
    expect(serverErrors).toEqual([]);
  });
});

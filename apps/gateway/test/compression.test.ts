// Compressed answers on Node: brotli or gzip as the client accepts, above the threshold, with
// `Vary: Accept-Encoding`, each reply compressed once whatever path answers it.
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createGateway, type GatewayOptions } from "../src/createGateway.js";
import { negotiateEncoding } from "../src/http/compression.js";
import { createLogger } from "../src/logger.js";
import { listen, type Listening } from "./listen.js";

const PAGE = `query Page($first: Int) { events(first: $first) { edges { node { slug title summary } } } }`;
const SMALL = `{ dataset { version } }`;
const open: Listening[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, still compressed. */
  body: Buffer;
  /** The body decoded as its Content-Encoding says. */
  text: string;
}

/** A gateway on a loopback port, counting the compressions it logs. */
async function serve(options: GatewayOptions = {}) {
  const compressions: { encoding: string; from: number; to: number }[] = [];
  const logger = createLogger("debug", (line) => {
    const entry = JSON.parse(line) as { msg: string; details?: [(typeof compressions)[number]] };
    if (entry.msg === "compressed") compressions.push(entry.details![0]);
  });
  const server = await listen(createGateway({ logger, ...options }).listener);
  open.push(server);
  /** Node's fetch decodes bodies by itself: node:http shows what was on the wire. */
  const send = (path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Raw>((resolve, reject) => {
      const req = request(
        `${server.base}${path}`,
        {
          method: body ? "POST" : "GET",
          headers: body ? { ...headers, "content-type": "application/json" } : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            const raw = Buffer.concat(chunks);
            const encoding = res.headers["content-encoding"];
            const decoded =
              encoding === "br"
                ? brotliDecompressSync(raw)
                : encoding === "gzip"
                  ? gunzipSync(raw)
                  : raw;
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              body: raw,
              text: decoded.toString(),
            });
          });
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const get = (query: string, variables: object | undefined, headers: Record<string, string>) => {
    const search = new URLSearchParams({ query });
    if (variables) search.set("variables", JSON.stringify(variables));
    return send(`/graphql?${search}`, { accept: "application/json", ...headers });
  };
  return { send, get, compressions };
}

const varies = (raw: Raw) =>
  String(raw.headers.vary ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase());

describe("compression", () => {
  it("sends brotli or gzip as accepted, the same JSON as uncompressed, with Vary: Accept-Encoding", async () => {
    const gateway = await serve();
    const plain = await gateway.get(PAGE, { first: 50 }, {});
    const br = await gateway.get(PAGE, { first: 50 }, { "accept-encoding": "gzip, deflate, br" });
    const gzip = await gateway.get(PAGE, { first: 50 }, { "accept-encoding": "gzip" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(br.headers["content-encoding"]).toBe("br");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    for (const answer of [br, gzip]) {
      expect(answer.text).toBe(plain.text);
      expect(answer.body.length).toBeLessThan(plain.body.length / 2);
      expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
      // One representation's validator: If-None-Match works across encodings.
      expect(answer.headers.etag).toBe(plain.headers.etag);
    }
    for (const answer of [plain, br, gzip])
      expect(varies(answer)).toEqual(
        expect.arrayContaining(["origin", "accept", "accept-encoding"]),
      );
  });

  it("compresses a repeated query once per encoding, in the pipeline and the fast path alike", async () => {
    const gateway = await serve();
    const first = await gateway.get(PAGE, { first: 40 }, { "accept-encoding": "br" });
    expect(gateway.compressions).toHaveLength(1);
    for (let i = 0; i < 3; i++) {
      const again = await gateway.get(PAGE, { first: 40 }, { "accept-encoding": "br" });
      expect(again.body.equals(first.body)).toBe(true);
    }
    expect(gateway.compressions).toHaveLength(1);
    await gateway.get(PAGE, { first: 40 }, { "accept-encoding": "gzip" });
    await gateway.get(PAGE, { first: 40 }, { "accept-encoding": "gzip" });
    expect(gateway.compressions.map((c) => c.encoding)).toEqual(["br", "gzip"]);
    // New variables run on the fast path: their answer is compressed once too.
    const other = await gateway.get(PAGE, { first: 41 }, { "accept-encoding": "br" });
    await gateway.get(PAGE, { first: 41 }, { "accept-encoding": "br" });
    expect(other.headers["content-encoding"]).toBe("br");
    expect(gateway.compressions).toHaveLength(3);
  });

  it("leaves small answers, 304s and refused encodings uncompressed", async () => {
    const gateway = await serve();
    const small = await gateway.get(SMALL, undefined, { "accept-encoding": "br, gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(varies(small)).toContain("accept-encoding");
    const refused = await gateway.get(
      PAGE,
      { first: 20 },
      { "accept-encoding": "br;q=0, gzip;q=0" },
    );
    expect(refused.headers["content-encoding"]).toBeUndefined();
    const etag = String(refused.headers.etag);
    const notModified = await gateway.get(
      PAGE,
      { first: 20 },
      {
        "accept-encoding": "br",
        "if-none-match": etag,
      },
    );
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers["content-encoding"]).toBeUndefined();
    expect(gateway.compressions).toHaveLength(0);
  });

  it("compresses POST answers and errors, and not at all when turned off", async () => {
    const gateway = await serve();
    const body = JSON.stringify({ query: PAGE, variables: { first: 30 } });
    const posted = await gateway.send("/graphql", { "accept-encoding": "br" }, body);
    expect(posted.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(posted.text).data.events.edges).toHaveLength(30);
    const long = `{ ${"nope ".repeat(300)}}`;
    const error = await gateway.send(
      "/graphql",
      { "accept-encoding": "gzip" },
      JSON.stringify({ query: long }),
    );
    expect(error.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(error.text).errors.length).toBeGreaterThan(0);

    const off = await serve({ compression: false });
    const plain = await off.get(PAGE, { first: 50 }, { "accept-encoding": "br" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
  });

  it("serves GraphiQL's page compressed, compressing it once", async () => {
    const gateway = await serve();
    for (let i = 0; i < 2; i++) {
      const page = await gateway.send("/graphql", {
        accept: "text/html",
        "accept-encoding": "gzip",
      });
      expect(page.headers["content-encoding"]).toBe("gzip");
      expect(page.text).toContain("<html");
    }
    expect(gateway.compressions).toHaveLength(1);
  });
});

describe("negotiateEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
    ["br;q=0.5, gzip", "gzip"],
    ["br;q=0, gzip;q=0", undefined],
    ["*", "br"],
    ["*;q=0.1, gzip;q=0.5", "gzip"],
    ["identity", undefined],
    ["", undefined],
    ["x-gzip", "gzip"],
  ])("%j → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

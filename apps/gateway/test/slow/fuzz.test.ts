// Fuzzing: thousands of seeded random operations, valid and not, sent over HTTP to the gateway
// with its fast path, and to the pipeline alone through fetch. Both must answer alike, byte for
// byte, never with a 5xx, never over the response-size cap, and every error must carry a
// message and a code. Then the worst cases (every list field amplified, free text at its
// limits): while all of it runs, no request holds the event loop for 250 ms.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { dataset, MAX_QUERY_LENGTH, MAX_QUERY_WORDS } from "@nato-russia/data";
import { warmCitations } from "../../src/citations.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../src/limits.js";
import { ADVERSARIAL, documents } from "../adversarial/documents.js";
import { createGateway } from "../../src/createGateway.js";
import { createLogger } from "../../src/logger.js";
import { schema } from "../../src/schema/index.js";
import { createRandom } from "./fuzz/random.js";
import { randomOperation, withOtherVariables, type FuzzOperation } from "./fuzz/randomOperation.js";
import { testGateway } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

const SEED = Number(process.env.FUZZ_SEED ?? 6);
const CASES = Number(process.env.FUZZ_CASES ?? 5000);
const CONCURRENCY = 4;
// Node refuses request lines past 16 kB with a bare 431; longer operations go by POST.
const MAX_GET_URL = 8000;

const serverErrors: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const reference = testGateway({ fastPath: false });
let server: Listening;

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  const logger = createLogger("error", (line) => serverErrors.push(line));
  server = await listen(createGateway({ logger }).listener);
});

afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await server.close();
});

interface Answer {
  status: number;
  text: string;
}

/** The request an operation makes: a path with its query string, and fetch options. */
function request(op: FuzzOperation): [string, RequestInit] {
  const params = { query: op.query, variables: op.variables, operationName: op.operationName };
  if (op.method === "GET") {
    const search = new URLSearchParams({ query: op.query });
    if (op.variables) search.set("variables", JSON.stringify(op.variables));
    if (op.operationName) search.set("operationName", op.operationName);
    const path = `/graphql?${search}`;
    if (path.length <= MAX_GET_URL) return [path, { headers: { accept: "application/json" } }];
  }
  return [
    "/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(params),
    },
  ];
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, text: await response.text() };
}

const viaServer = ([path, init]: [string, RequestInit]) =>
  fetch(`${server.base}${path}`, init).then(answer);
const viaPipeline = ([path, init]: [string, RequestInit]) =>
  Promise.resolve(reference.fetch(`http://localhost${path}`, init)).then(answer);

/** Problems with one answer: a 5xx, a body that is not GraphQL JSON, an error without a code. */
function problems(got: Answer): string[] {
  if (got.status >= 500) return [`status ${got.status}`];
  let body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(got.text);
  } catch {
    return [`not JSON: ${got.text.slice(0, 100)}`];
  }
  if (!body.errors) return body.data ? [] : ["neither data nor errors"];
  return body.errors.flatMap((error) => {
    if (typeof error.message !== "string" || !error.message) return ["an error without message"];
    const code = error.extensions?.code;
    if (typeof code !== "string" || !/^[A-Z_]+$/.test(code)) return [`no code: ${error.message}`];
    if (code === "INTERNAL_SERVER_ERROR" || error.message === "Unexpected error.")
      return [`unexpected error`];
    return [];
  });
}

/** Sends an operation both ways; returns what went wrong, if anything, and whether it ran cleanly. */
async function check(op: FuzzOperation): Promise<{ found: string[]; clean: boolean }> {
  const req = request(op);
  const [served, expected] = await Promise.all([viaServer(req), viaPipeline(req)]);
  const found = problems(served);
  if (Buffer.byteLength(served.text) > DEFAULT_LIMITS.maxResponseBytes)
    found.push(`a response of ${Buffer.byteLength(served.text)} bytes, over the cap`);
  if (served.status !== expected.status || served.text !== expected.text) {
    found.push(`differs from the pipeline: ${served.status} ${served.text.slice(0, 200)}`);
    found.push(`the pipeline answered: ${expected.status} ${expected.text.slice(0, 200)}`);
  }
  return { found, clean: served.status === 200 && !served.text.includes('"errors"') };
}

// The event loop's longest stall while the fuzz cases and the worst cases run.
const MAX_STALL_MS = 250;
const stalls = monitorEventLoopDelay({ resolution: 10 });

/** The worst single requests known: free text at its limits, lists of lists. */
function worstCases(): FuzzOperation[] {
  const words = Array.from({ length: MAX_QUERY_WORDS }, (_, i) => `w${i}`).join(" ");
  const text = `${words} ${"x".repeat(MAX_QUERY_LENGTH)}`.slice(0, MAX_QUERY_LENGTH);
  const freeText = [
    `query ($t: String!) { search(query: $t, first: 100) { totalCount } }`,
    `query ($t: String!) { events(filter: { text: $t }, first: 0) { totalCount } }`,
    `query ($t: String!) { actors(filter: { text: $t }, first: 0) { totalCount } }`,
  ].flatMap((query) =>
    [words, text, "a ".repeat(45_000)].map((t) => ({
      query,
      variables: { t },
      operationName: undefined,
      method: "POST" as const,
    })),
  );
  const aliased = (query: string) => ({
    query,
    variables: undefined,
    operationName: undefined,
    method: "POST" as const,
  });
  return [...freeText, aliased(ADVERSARIAL), ...documents.map((d) => aliased(d.query))];
}

describe("fuzzing", () => {
  // As the server does before it listens: the CSL styles take seconds to parse, once, and the
  // search index is read from the package.
  // The operations are drawn before the stalls are measured: drawing five thousand takes the
  // test's own few hundred milliseconds, which are not the server's.
  const WARM_UP = 100;
  let operations: FuzzOperation[] = [];
  beforeAll(async () => {
    await warmCitations(dataset.source);
    dataset.prepareSearch();
    const random = createRandom(SEED);
    operations = Array.from({ length: CASES }, () => randomOperation(random, schema));
    // A first round through both gateways loads and compiles what each loads on first use: that
    // is start-up, paid once, not a request holding the loop.
    for (const op of operations.slice(0, WARM_UP)) await check(op);
    stalls.enable();
  });

  it(`answers ${CASES} random operations like the pipeline alone, with coded errors, no 5xx`, async () => {
    const failures: string[] = [];
    let next = 0;
    let clean = 0;
    const worker = async () => {
      while (next < operations.length && failures.length < 10) {
        const index = next++;
        const op = operations[index]!;
        const rejections = unhandled.length;
        const first = await check(op);
        const found = [...first.found];
        if (first.clean) clean++;
        // A clean run is sent again (a stored reply) and with other variables (a compiled run).
        if (first.clean && op.variables) {
          found.push(...(await check(op)).found);
          const redraw = createRandom(SEED * 100_003 + index);
          found.push(...(await check(withOtherVariables(redraw, op))).found);
        }
        if (unhandled.length > rejections) found.push(`unhandled rejection: ${unhandled.at(-1)}`);
        if (found.length) {
          failures.push(`${JSON.stringify(op).slice(0, 600)}\n  ${found.join("\n  ")}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(failures, failures.join("\n\n")).toEqual([]);
    expect(serverErrors).toEqual([]);
    expect(unhandled).toEqual([]);
    // Neither all noise nor all valid: both kinds are exercised in numbers.
    expect(clean).toBeGreaterThan(CASES * 0.2);
    expect(clean).toBeLessThan(CASES * 0.8);
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
  }, 240_000);

  it(`keeps the event loop under ${MAX_STALL_MS} ms through the fuzz cases and the worst cases`, async () => {
    for (const op of worstCases()) {
      const { found } = await check(op);
      expect(found, op.query.slice(0, 200)).toEqual([]);
    }
    stalls.disable();
    const longest = stalls.max / 1e6;
    console.log(
      `longest event-loop stall: ${Math.round(longest)} ms (p99 ${Math.round(stalls.percentile(99) / 1e6)} ms)`,
    );
    expect(longest).toBeLessThan(MAX_STALL_MS);
  });
});

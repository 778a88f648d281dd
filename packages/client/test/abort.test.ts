// Timeouts and AbortSignal over real HTTP: a server on 127.0.0.1 that answers late or never.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ClientError, createClient, DEFAULT_TIMEOUT } from "../src/index.js";
import { gateway } from "./gateway.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let url: string;
let handle: Handler = () => {};
/** Resolves when the server sees the client close the connection of its latest request. */
let closed: Promise<void> = Promise.resolve();

beforeAll(async () => {
  server = createServer((req, res) => {
    closed = new Promise((resolve) => res.on("close", () => resolve()));
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const never: Handler = () => {};
/** Sends the headers and half a body, then stalls. */
const stallMidBody: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.write('{"data": {"dataset": ');
};

const failure = (promise: Promise<unknown>): Promise<ClientError> =>
  promise.then(
    () => expect.fail("resolved"),
    (error: unknown) => error as ClientError,
  );

describe("timeout", () => {
  it("fails a call the server does not answer with TIMEOUT, and closes the connection", async () => {
    handle = never;
    const client = createClient({ url, timeout: 50 });
    const error = await failure(client.dataset());
    expect(error).toBeInstanceOf(ClientError);
    expect(error.code).toBe("TIMEOUT");
    expect(error.message).toBe(`request to ${url} timed out after 50 ms`);
    await closed; // the request was really given up, not left running
  });

  it("is overridden per call, and 0 turns the client's default off", async () => {
    handle = never;
    const client = createClient({ url, timeout: 0 });
    const error = await failure(client.periodsAndThemes(undefined, { timeout: 50 }));
    expect(error.code).toBe("TIMEOUT");
    expect(error.message).toMatch(/after 50 ms/);
  });

  it("covers reading the body, not only the headers", async () => {
    handle = stallMidBody;
    const error = await failure(createClient({ url, timeout: 50 }).dataset());
    expect(error.code).toBe("TIMEOUT");
  });

  it("defaults to DEFAULT_TIMEOUT (30 s)", async () => {
    vi.useFakeTimers();
    try {
      const fetch = vi.fn(
        (_input: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
          ),
      );
      const pending = failure(createClient({ url, fetch }).dataset());
      await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT - 1);
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).code).toBe("TIMEOUT");
      expect(DEFAULT_TIMEOUT).toBe(30_000);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("signal", () => {
  it("fails an aborted call with ABORTED, keeping the reason as its cause", async () => {
    handle = never;
    const controller = new AbortController();
    const pending = failure(createClient({ url }).dataset({}, { signal: controller.signal }));
    await new Promise((resolve) => server.once("request", resolve));
    controller.abort(new Error("the user left the view"));
    const error = await pending;
    expect(error).toBeInstanceOf(ClientError);
    expect(error.code).toBe("ABORTED");
    expect(error.message).toBe(`request to ${url} was aborted`);
    expect((error.cause as Error).message).toBe("the user left the view");
    await closed;
  });

  it("aborts while the body is read", async () => {
    handle = stallMidBody;
    const controller = new AbortController();
    const pending = failure(createClient({ url }).dataset({}, { signal: controller.signal }));
    await new Promise((resolve) => server.once("request", resolve));
    controller.abort();
    expect((await pending).code).toBe("ABORTED");
  });

  it("sends nothing when the signal is already aborted", async () => {
    const fetch = vi.fn(globalThis.fetch);
    const error = await failure(
      createClient({ url, fetch }).dataset({}, { signal: AbortSignal.abort() }),
    );
    expect(error.code).toBe("ABORTED");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reaches a custom fetch as init.signal; a call that completed ignores a later abort", async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) =>
      gateway.fetch(String(input), init as never),
    );
    const client = createClient({ url: "http://gateway.test/graphql", fetch });
    const controller = new AbortController();
    const { dataset } = await client.dataset({}, { signal: controller.signal });
    controller.abort();
    expect(dataset.name).toBe("@nato-russia/data");
    expect(fetch.mock.calls[0]![1]!.signal).toBeInstanceOf(AbortSignal);
    expect(fetch.mock.calls[0]![1]!.signal!.aborted).toBe(false); // released when the call ended
  });
});

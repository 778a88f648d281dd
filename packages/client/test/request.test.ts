// The three steps of a request, without a server: document → params → fetch call, response → data.
import { describe, expect, it } from "vitest";
import { ClientError, DatasetInfoDocument } from "../src/index.js";
import { readResponse } from "../src/readResponse.js";
import { toParams } from "../src/toParams.js";
import { toRequest } from "../src/toRequest.js";

const handWritten = { toString: () => "mutation Vote { vote }" };

describe("toParams", () => {
  it("names the operation from the generated document's metadata", () => {
    const params = toParams(DatasetInfoDocument, { style: "APA" });
    expect(params.operationName).toBe("DatasetInfo");
    expect(params.query).toBe(DatasetInfoDocument.toString());
    expect(params.variables).toEqual({ style: "APA" });
  });

  it("sends only the hash when persisted", () => {
    const params = toParams(DatasetInfoDocument, {}, true);
    expect(params).toEqual({
      operationName: "DatasetInfo",
      extensions: {
        persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      },
    });
    expect(() => toParams(handWritten, undefined, true)).toThrow(/no hash/);
  });

  it("leaves a document without metadata unnamed: the server runs its one operation", () => {
    expect(toParams(handWritten, undefined)).toEqual({ query: "mutation Vote { vote }" });
  });
});

describe("toRequest", () => {
  const params = { query: "{ a }", operationName: "A", variables: { x: 1 } };
  const options = { url: "http://api.test/graphql?v=1", headers: { "x-client": "t" } };

  it("puts a cacheable query in the URL when asked for GET", () => {
    const { url, init } = toRequest(params, { ...options, method: "GET", cacheable: true });
    expect(init).toMatchObject({ method: "GET", headers: { "x-client": "t" } });
    expect(init.body).toBeUndefined();
    const search = new URL(url).searchParams;
    expect([search.get("v"), search.get("operationName"), search.get("variables")]).toEqual([
      "1",
      "A",
      '{"x":1}',
    ]);
  });

  it("posts everything else as JSON", () => {
    for (const request of [
      toRequest(params, { ...options, method: "GET", cacheable: false }),
      toRequest(params, { ...options, method: "POST", cacheable: true }),
    ]) {
      expect(request.url).toBe(options.url);
      expect(request.init.method).toBe("POST");
      expect(request.init.headers).toMatchObject({ "content-type": "application/json" });
      expect(JSON.parse(request.init.body as string)).toEqual(params);
    }
  });
});

describe("readResponse", () => {
  const fail = (response: Response): Promise<ClientError> =>
    readResponse(response).then(
      () => expect.fail("resolved"),
      (error: unknown) => error as ClientError,
    );

  it("returns the data", async () => {
    expect(await readResponse(Response.json({ data: { a: 1 } }))).toEqual({ a: 1 });
  });

  it("names the first GraphQL error's code, keeping partial data, whatever the status", async () => {
    const body = {
      data: { a: null },
      errors: [{ message: "bad", extensions: { code: "BAD_DATE" } }],
    };
    const error = await fail(Response.json(body, { status: 400 }));
    expect(error).toBeInstanceOf(ClientError);
    expect([error.code, error.status, error.data]).toEqual(["BAD_DATE", 400, { a: null }]);
  });

  it("turns an HTTP failure or a body without data into a coded error", async () => {
    expect((await fail(new Response("nope", { status: 503 }))).code).toBe("HTTP_503");
    expect((await fail(Response.json({ data: null }))).code).toBe("BAD_RESPONSE");
    expect((await fail(new Response("<html>"))).code).toBe("BAD_RESPONSE");
  });
});

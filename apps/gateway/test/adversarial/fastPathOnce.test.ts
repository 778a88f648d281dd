// Class 6: a request that fails on the fast path is answered from that run, not executed again
// by the pipeline (a failing 8 s request used to take 16 s).
import { dataset } from "@nato-russia/data";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testGateway } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

let server: Listening | undefined;
afterAll(() => server?.close());

describe("the fast path", () => {
  it("runs a failing operation once, and answers as the pipeline does", async () => {
    const gateway = testGateway();
    server = await listen(gateway.listener);
    const filterEvents = vi.spyOn(dataset, "filterEvents");
    const query = `query ($after: String) { events(first: 2, after: $after) { edges { node { slug } } } bad: events(first: 1, after: "nope") { totalCount } }`;
    const send = (after: string | null) =>
      fetch(`${server!.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: { after } }),
      }).then((r) => r.text());
    const first = await send(null); // the pipeline validates it and runs it
    const perRun = filterEvents.mock.calls.length; // two `events` fields: two calls a run
    expect(perRun).toBe(2);
    const second = await send(null); // the fast path runs it; the error hands it over
    expect(filterEvents.mock.calls.length - perRun).toBe(perRun);
    expect(second).toBe(first);
    expect(JSON.parse(second).errors[0].extensions.code).toBe("INVALID_CURSOR");
    const reference = await testGateway({ fastPath: false }).fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables: { after: null } }),
    });
    const pipelineOnly = await reference.text();
    expect(second).toBe(pipelineOnly);
    filterEvents.mockRestore();
  });
});

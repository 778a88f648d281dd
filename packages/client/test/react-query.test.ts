// @nato-russia/client/react-query: query options run through TanStack Query's own QueryClient
// against the real gateway (in process), and a server that never answers (over HTTP).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryClient } from "@tanstack/react-query";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient, DatasetInfoDocument, TimelineDocument } from "../src/index.js";
import { createQueryOptions, queryKey } from "../src/react-query/index.js";
import { inProcessClient } from "./gateway.js";

const queries = createQueryOptions(inProcessClient());
let queryClient = new QueryClient();
afterEach(() => {
  queryClient.clear();
  queryClient = new QueryClient();
});

describe("query keys", () => {
  it("are the operation's name and its variables, from the generated metadata", () => {
    expect(queries.timeline({ from: "2014", to: "2022" }).queryKey).toEqual([
      "Timeline",
      { from: "2014", to: "2022" },
    ]);
    expect(queries.eventPage({ slug: "russia-annexes-crimea" }).queryKey).toEqual([
      "EventPage",
      { slug: "russia-annexes-crimea" },
    ]);
    expect(queries.periodsAndThemes().queryKey).toEqual(["PeriodsAndThemes", {}]);
    expect(queries.dataset().queryKey).toEqual(queries.dataset({}).queryKey);
    expect(queries.infinite.references({ style: "APA" }).queryKey).toEqual([
      "References",
      { style: "APA" },
      "pages",
    ]);
  });

  it("queryKey(document) is the prefix of every query of the operation", async () => {
    await queryClient.fetchQuery(queries.timeline({ from: "2014" }));
    await queryClient.fetchQuery(queries.timeline({ from: "2022" }));
    await queryClient.fetchQuery(queries.dataset());
    expect(queryKey(TimelineDocument)).toEqual(["Timeline"]);
    expect(queryClient.getQueriesData({ queryKey: queryKey(TimelineDocument) })).toHaveLength(2);
  });

  it("needs a document whose metadata names its operation", () => {
    expect(() => queryKey({ toString: () => "{ dataset { name } }" })).toThrow(/operation name/);
  });
});

describe("query options", () => {
  it("fetch the operation, and its data is found again under the same key", async () => {
    const data = await queryClient.fetchQuery(
      queries.eventPage({ slug: "russia-invades-georgia" }),
    );
    expect(data.event?.title).toMatch(/Georgia/);
    const cached = queryClient.getQueryData(
      queries.eventPage({ slug: "russia-invades-georgia" }).queryKey,
    );
    expect(cached).toBe(data);
  });

  it("request() wraps a document of your own", async () => {
    const options = queries.request(DatasetInfoDocument, { style: "APA" });
    expect(options.queryKey).toEqual(["DatasetInfo", { style: "APA" }]);
    expect((await queryClient.fetchQuery(options)).dataset.source.citation).toMatch(/\(2023\)/);
  });

  it("infinite options fetch page after page until the last", async () => {
    const { references } = await queryClient.fetchQuery(queries.references({ first: 100 }));
    const data = await queryClient.fetchInfiniteQuery({
      ...queries.infinite.references({ first: 7 }),
      pages: 100,
    });
    expect(data.pages).toHaveLength(Math.ceil(references.totalCount / 7));
    const slugs = data.pages.flatMap((page) => page.references.edges.map((edge) => edge.node.slug));
    expect(slugs.slice(0, 100)).toEqual(references.edges.map((edge) => edge.node.slug));
    expect(new Set(slugs).size).toBe(references.totalCount);
    expect(data.pageParams[0]).toBeUndefined();
    expect(data.pageParams[1]).toBe(data.pages[0]!.references.pageInfo.endCursor);
  });
});

describe("cancelling", () => {
  let server: Server;
  let url: string;
  const closed: Promise<void>[] = [];

  beforeAll(async () => {
    // Holds every request open; tells when the client closes it.
    server = createServer((_req, res) => {
      closed.push(new Promise((resolve) => res.on("close", () => resolve())));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("a query TanStack Query cancels aborts its request", async () => {
    const slow = createQueryOptions(createClient({ url, timeout: 0 }));
    const fetching = queryClient.fetchQuery(slow.timeline({ from: "2014" })).catch(() => {});
    await new Promise((resolve) => server.once("request", resolve));
    await queryClient.cancelQueries({ queryKey: queryKey(TimelineDocument) });
    await closed[0]; // the server saw the connection go
    await fetching;
    expect(queryClient.getQueryState(slow.timeline({ from: "2014" }).queryKey)?.fetchStatus).toBe(
      "idle",
    );
  });
});

// Iterating over every page of a connection, against the real gateway in process.
import { describe, expect, it, vi } from "vitest";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import {
  ClientError,
  createClient,
  DEFAULT_PAGE_SIZE,
  OPERATION_PAGE_SIZES,
  TimelineDocument,
} from "../src/index.js";
import { operations } from "../src/operations.js";
import { gateway } from "./gateway.js";

/** A client whose requests are counted, with the variables each page asked for. */
function countingClient() {
  const pages: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    pages.push(JSON.parse(String(init?.body)).variables ?? {});
    return gateway.fetch(String(input), init as never);
  });
  return { client: createClient({ url: "http://gateway.test/graphql", fetch }), pages };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

describe("paginate", () => {
  it("yields every event, in order, a page at a time", async () => {
    const { client, pages } = countingClient();
    const { events } = await client.timeline({ first: 100 });
    const slugs = (await collect(client.paginate.timeline({}, { pageSize: 7 }))).map((e) => e.slug);
    // The first page of 100 is where the walk starts; the walk goes on to the last event.
    expect(slugs.slice(0, events.edges.length)).toEqual(events.edges.map((edge) => edge.node.slug));
    expect(slugs).toHaveLength(events.totalCount);
    expect(new Set(slugs).size).toBe(events.totalCount);
    expect(pages.slice(1)).toHaveLength(Math.ceil(events.totalCount / 7));
    expect(pages[2]).toEqual({ first: 7, after: expect.any(String) });
  });

  it("keeps the filter on every page", async () => {
    const { client, pages } = countingClient();
    const events = await collect(
      client.paginate.timeline(
        { from: "1945", to: "2023", kinds: ["COOPERATION"] },
        { pageSize: 2 },
      ),
    );
    expect(events.length).toBeGreaterThan(2);
    expect(events.every((event) => event.kind === "COOPERATION")).toBe(true);
    expect(pages.every((page) => page.from === "1945" && page.to === "2023")).toBe(true);
  });

  it("stops after `limit` items without fetching more than it needs", async () => {
    const { client, pages } = countingClient();
    const actors = await collect(client.paginate.actors({}, { pageSize: 4, limit: 10 }));
    expect(actors).toHaveLength(10);
    expect(pages.map((page) => page.first)).toEqual([4, 4, 2]);
    expect(await collect(client.paginate.actors({}, { limit: 0 }))).toEqual([]);
    expect(pages).toHaveLength(3);
  });

  it("fetches no further page once the loop breaks", async () => {
    const { client, pages } = countingClient();
    for await (const reference of client.paginate.references({ style: "APA" }, { pageSize: 3 })) {
      expect(reference.citation).toMatch(/\(\d{4}/);
      break;
    }
    expect(pages).toHaveLength(1);
  });

  it("walks a nested connection (an actor's events) and a ranked search", async () => {
    const { client } = countingClient();
    const { actor } = await client.actorProfile({ slug: "russia", first: 1 });
    const events = await collect(client.paginate.actorProfile({ slug: "russia" }, { pageSize: 9 }));
    expect(events).toHaveLength(actor!.events.totalCount);
    expect(await collect(client.paginate.actorProfile({ slug: "no-such-actor" }))).toEqual([]);
    const hits = await collect(client.paginate.search({ query: "crimea" }, { pageSize: 2 }));
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.map((hit) => hit.__typename)).toContain("Event");
  });

  it("asks for each operation's own page size when none is given", async () => {
    const { client, pages } = countingClient();
    const documents = await collect(client.paginate.documents());
    const { documents: first } = await client.documents();
    expect(documents).toHaveLength(first.totalCount);
    expect(pages[0]).toMatchObject({ first: OPERATION_PAGE_SIZES.documents });
    await collect(client.paginate.actors({}, { limit: 1 }));
    await collect(client.paginate.timeline({}, { limit: 1_000 }));
    expect(pages.at(-1)).toMatchObject({ first: DEFAULT_PAGE_SIZE });
  });

  it("keeps each operation page size equal to its $first default", () => {
    for (const [name, size] of Object.entries(OPERATION_PAGE_SIZES)) {
      const text = String(operations[name as keyof typeof operations]);
      const operation = parse(text).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      const first = operation.variableDefinitions?.find((v) => v.variable.name.value === "first");
      expect(first?.defaultValue).toMatchObject({ kind: Kind.INT, value: String(size) });
    }
  });

  it("rejects with ABORTED at the next page once the signal aborts", async () => {
    const { client, pages } = countingClient();
    const controller = new AbortController();
    const events = client.paginate.timeline({}, { pageSize: 5, signal: controller.signal });
    await events.next();
    controller.abort();
    const error = await collect(events).then(
      () => expect.fail("resolved"),
      (error: unknown) => error as ClientError,
    );
    expect(error).toBeInstanceOf(ClientError);
    expect(error.code).toBe("ABORTED");
    expect(pages).toHaveLength(1);
  });

  it("fails with BAD_RESPONSE instead of looping when the cursor does not advance", async () => {
    const page = {
      edges: [{ node: { slug: "a" } }],
      pageInfo: { hasNextPage: true, endCursor: "c" },
    };
    const fetch = vi.fn(async () => Response.json({ data: { events: page } }));
    const client = createClient({ url: "http://stub.test/graphql", fetch });
    const iterator = client.paginate.timeline({ after: "c" });
    await expect(collect(iterator)).rejects.toMatchObject({ code: "BAD_RESPONSE" });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe("allPages", () => {
  it("walks the connection of any typed document, picked by a function", async () => {
    const { client } = countingClient();
    const nodes = await collect(
      client.allPages(TimelineDocument, { from: "2022" }, (data) => data.events, { pageSize: 3 }),
    );
    const { events } = await client.timeline({ from: "2022" });
    expect(nodes.map((node) => node.slug)).toEqual(events.edges.map((edge) => edge.node.slug));
  });
});

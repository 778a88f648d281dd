// The dataset as one subgraph of a federated supergraph: composed with a second, small subgraph
// that extends `Event` by its key, and queried through Hive Gateway. Every server listens on
// 127.0.0.1 and is closed after the test; each query is one request.
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import { dataset } from "@nato-russia/data";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";
import { createYoga } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../../src/createGateway.js";
import { silentLogger } from "../helpers.js";
import { listen, type Listening } from "../listen.js";

const CRIMEA = "russia-annexes-crimea";

// The second subgraph: editors' notes on some events, which it knows by slug only.
const NOTES: Record<string, string> = {
  [CRIMEA]: "A turning point for NATO's eastern flank.",
  "finland-joins-nato": "NATO's border with Russia doubles.",
};
const notesTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Event @key(fields: "slug") {
    slug: String!
    editorsNote: String
  }
  type Query {
    featuredEvents: [Event!]!
  }
`);
const notesSchema = buildSubgraphSchema({
  typeDefs: notesTypeDefs,
  resolvers: {
    Query: { featuredEvents: () => Object.keys(NOTES).map((slug) => ({ slug })) },
    Event: {
      __resolveReference: (ref: { slug: string }) => ref,
      editorsNote: (event: { slug: string }) => NOTES[event.slug] ?? null,
    },
  },
});

const servers: Listening[] = [];
let runtime: ReturnType<typeof createGatewayRuntime>;
let subgraphRequests = 0;

async function query(document: string) {
  const response = await runtime.fetch("http://127.0.0.1/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: document }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

beforeAll(async () => {
  const ours = createGateway({ federation: true, logger: silentLogger });
  const dataSubgraph = await listen((req, res) => {
    subgraphRequests++;
    return ours.listener(req, res);
  });
  const notesSubgraph = await listen(
    createYoga({ schema: notesSchema, logging: false, graphiql: false }) as never,
  );
  servers.push(dataSubgraph, notesSubgraph);

  // The SDL each subgraph publishes, read as a composer reads it.
  const sdlOf = async (base: string) => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    });
    return ((await response.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
  };
  const composed = composeServices([
    {
      name: "nato-russia",
      typeDefs: parse(await sdlOf(dataSubgraph.base)),
      url: `${dataSubgraph.base}/graphql`,
    },
    { name: "notes", typeDefs: notesTypeDefs, url: `${notesSubgraph.base}/graphql` },
  ]);
  expect(composed.errors ?? []).toEqual([]);
  runtime = createGatewayRuntime({
    supergraph: composed.supergraphSdl!,
    // Subgraphs are reached over HTTP; the transport is named so no dynamic lookup is needed.
    transports: { http: httpTransport },
    logging: false,
  });
});

afterAll(async () => {
  await runtime?.dispose();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("the supergraph", () => {
  it("resolves an Event the second subgraph returns by key, from this subgraph's _entities", async () => {
    const before = subgraphRequests;
    const result = await query(`{ featuredEvents { slug title summary editorsNote } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.featuredEvents).toEqual(
      Object.entries(NOTES).map(([slug, note]) => ({
        slug,
        title: dataset.getEvent(slug)!.title,
        summary: dataset.getEvent(slug)!.summary,
        editorsNote: note,
      })),
    );
    expect(subgraphRequests - before).toBe(1);
  });

  it("extends this subgraph's events with the other subgraph's field", async () => {
    const result = await query(
      `{ event(slug: "${CRIMEA}") { title editorsNote actors { actor { name } } } events(first: 2) { nodes { slug editorsNote } } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      event: { title: string; editorsNote: string };
      events: { nodes: { editorsNote: string | null }[] };
    };
    expect(data.event.title).toBe(dataset.getEvent(CRIMEA)!.title);
    expect(data.event.editorsNote).toBe(NOTES[CRIMEA]);
    expect(data.events.nodes).toHaveLength(2);
  });

  it("hides the subgraph plumbing from the supergraph's clients", async () => {
    const result = await query(`{ _entities(representations: []) { __typename } }`);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});

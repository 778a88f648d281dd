import { QueryClient } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CallOptions,
  CitationStyle,
  createClient,
  DatePrecision,
  EventPageDocument,
  type EventPageQuery,
  type ReferencesQuery,
  type TimelineQuery,
  type TimelineQueryVariables,
} from "../src/index.js";
import { createQueryOptions } from "../src/react-query/index.js";

const client = createClient({ url: "http://localhost:4000/graphql" });

describe("generated types", () => {
  it("types results down to enums", async () => {
    const page = await client.eventPage({ slug: "russia-annexes-crimea" });
    expectTypeOf(page).toEqualTypeOf<EventPageQuery>();
    expectTypeOf(page.event!.date.precision).toEqualTypeOf<DatePrecision>();
    expectTypeOf(page.event!.date.precision).toEqualTypeOf<"DAY" | "MONTH" | "YEAR" | "DECADE">();
    expectTypeOf(page.event!.sources[0]!.references[0]!.citation).toBeString();
    expectTypeOf(page.event!.period).toBeNullable();
  });

  it("types variables, and rejects wrong ones", () => {
    expectTypeOf(client.timeline).parameter(0).toEqualTypeOf<TimelineQueryVariables | undefined>();
    // @ts-expect-error from is a string, not a number
    void client.timeline({ from: 2014 });
    // @ts-expect-error slug is required
    void client.eventPage({});
    // @ts-expect-error not a citation style
    void client.references({ style: "OXFORD" });
    void client.references({ style: CitationStyle.MLA });
  });

  it("types the generic request by its document", async () => {
    const data = await client.request(EventPageDocument, { slug: "x", style: "APA" });
    expectTypeOf(data).toEqualTypeOf<EventPageQuery>();
    // @ts-expect-error variables of another operation
    void client.request(EventPageDocument, { query: "x" });
  });

  it("takes call options after the variables", () => {
    expectTypeOf(client.periodsAndThemes).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    void client.eventPage({ slug: "x" }, { signal: new AbortController().signal, timeout: 5_000 });
    void client.request(EventPageDocument, { slug: "x" }, { timeout: 0 });
    // @ts-expect-error a timeout is a number of milliseconds
    void client.dataset({}, { timeout: "5s" });
  });

  it("exports enums as values", () => {
    expectTypeOf(DatePrecision.DAY).toEqualTypeOf<"DAY">();
  });
});

describe("paginate", () => {
  it("yields the operation's node type, and takes its variables without `first`", () => {
    type TimelineNode = TimelineQuery["events"]["edges"][number]["node"];
    expectTypeOf(client.paginate.timeline({ from: "2014" })).toEqualTypeOf<
      AsyncGenerator<TimelineNode, void>
    >();
    // @ts-expect-error the page size is an option
    void client.paginate.timeline({ first: 5 });
    // @ts-expect-error a search needs its query
    void client.paginate.search({});
    void client.paginate.search({ query: "crimea" }, { pageSize: 10, limit: 50 });
  });
});

describe("react-query", () => {
  const queries = createQueryOptions(client);
  const queryClient = new QueryClient();

  it("types the cached data by the key", () => {
    expectTypeOf(queryClient.getQueryData(queries.timeline().queryKey)).toEqualTypeOf<
      TimelineQuery | undefined
    >();
    const pages = queryClient.getQueryData(queries.infinite.references().queryKey);
    expectTypeOf(pages!.pages[0]!).toEqualTypeOf<ReferencesQuery>();
  });

  it("takes the operation's variables", () => {
    // @ts-expect-error slug is required
    void queries.eventPage();
    // @ts-expect-error after is the page parameter of an infinite query
    void queries.infinite.timeline({ after: "x" });
    void queries.infinite.search({ query: "crimea", first: 10 });
  });
});

// Renders a view as the app does (router, query cache, client), with the client's fetch
// answered by handlers per operation, and the current URL shown for assertions.
import { createClient } from "@nato-russia/client";
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { vi } from "vitest";
import { ClientProvider } from "../ClientContext";
import { createQueryClient } from "../createQueryClient";

/** What an operation answers: data, GraphQL errors, or a thrown error (the network). */
export type Answer = { data: unknown } | { errors: { message: string; extensions?: object }[] };
export type Handler = (variables: Record<string, unknown>) => Answer;

export function graphQLError(code: string, message: string): Answer {
  return { errors: [{ message, extensions: { code } }] };
}

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

export function renderWithApi(
  element: ReactElement,
  {
    url = "/",
    path = "/",
    handlers = {},
  }: { url?: string; path?: string; handlers?: Record<string, Handler> },
) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const request = new URL(String(input));
    const operation = request.searchParams.get("operationName") ?? "";
    const variables = JSON.parse(request.searchParams.get("variables") ?? "{}");
    const handler = handlers[operation];
    if (!handler) throw new TypeError(`Failed to fetch (no handler for ${operation})`);
    return Response.json(handler(variables));
  });
  const client = createClient({ url: "http://dashboard.test/graphql", method: "GET", fetch });
  const view = render(
    <ClientProvider client={client}>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={null} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>
    </ClientProvider>,
  );
  /** Variables of every call of an operation, in order. */
  const calls = (operation: string) =>
    fetch.mock.calls
      .map(([input]) => new URL(String(input)).searchParams)
      .filter((params) => params.get("operationName") === operation)
      .map((params) => JSON.parse(params.get("variables") ?? "{}") as Record<string, unknown>);
  return { ...view, fetch, calls };
}

// Calls the gateway in-process through yoga.fetch: no network, no server.
import { expect } from "vitest";
import { createGateway, type GatewayOptions } from "../src/createGateway.js";
import { createLogger } from "../src/logger.js";

export const silentLogger = createLogger("silent");

export function testGateway(options: GatewayOptions = {}) {
  return createGateway({ logger: silentLogger, ...options });
}

/** The gateway most tests share. */
export const gateway = testGateway();

// Response data is checked by assertions, not by the compiler.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;

export interface GraphQLResponse<T = Data> {
  status: number;
  headers: Headers;
  text: string;
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [key: string]: unknown };
  }[];
}

async function read<T>(response: Response): Promise<GraphQLResponse<T>> {
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLResponse<T>["errors"] } = {};
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    // not JSON (GraphiQL's HTML, or an empty 304): the test looks at text and status
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    data: body.data ?? undefined,
    errors: body.errors,
  };
}

/** POSTs a GraphQL operation as JSON, the way every GraphQL client does. */
export async function post<T = Data>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  yoga = gateway,
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return read<T>(response);
}

/** The URL of a GET request for an operation. */
export function getUrl(query: string, variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query });
  if (variables) params.set("variables", JSON.stringify(variables));
  return `http://localhost/graphql?${params}`;
}

/** Sends an operation as a GET request, the cacheable way. */
export async function get<T = Data>(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  yoga = gateway,
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch(getUrl(query, variables), {
    headers: { accept: "application/json", ...headers },
  });
  return read<T>(response);
}

/** Runs an operation that must succeed and returns its data. */
export async function data<T = Data>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const response = await post<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as T;
}

/** Runs an operation that must fail for the client's input, and returns the error codes. */
export async function errorCodes(
  query: string,
  variables?: Record<string, unknown>,
  yoga = gateway,
): Promise<string[]> {
  const response = await post(query, variables, {}, yoga);
  expectClientError(response);
  return response.errors!.map((e) => e.extensions?.code ?? "");
}

/** A client error: a GraphQL error with a code, never a 5xx, never a stack trace. */
export function expectClientError(response: GraphQLResponse): void {
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.length).toBeGreaterThan(0);
  for (const error of response.errors!) expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
  expect(response.text).not.toMatch(/stack|at .*\(.*:\d+:\d+\)|Unexpected error/i);
}

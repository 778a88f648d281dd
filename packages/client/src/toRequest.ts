import type { GraphQLParams } from "./toParams.js";

/** The two arguments of one fetch call; a custom fetch receives them as they are. */
export interface FetchRequest {
  url: string;
  init: RequestInit;
}

export interface RequestOptions {
  url: string;
  headers: Record<string, string>;
  /** GET applies to queries only: a mutation in a URL could be replayed by any link or cache. */
  method: "GET" | "POST";
  cacheable: boolean;
}

/** Params as a GET (a cacheable query, params in the URL) or a POST (params as JSON). */
export function toRequest(
  params: GraphQLParams,
  { url, headers, method, cacheable }: RequestOptions,
): FetchRequest {
  const accept = { accept: "application/graphql-response+json, application/json" };
  if (method === "GET" && cacheable) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      search.set(key, typeof value === "string" ? value : JSON.stringify(value));
    }
    return {
      url: url + (url.includes("?") ? "&" : "?") + search.toString(),
      init: { method: "GET", headers: { ...accept, ...headers } },
    };
  }
  return {
    url,
    init: {
      method: "POST",
      headers: { ...accept, ...headers, "content-type": "application/json" },
      body: JSON.stringify(params),
    },
  };
}

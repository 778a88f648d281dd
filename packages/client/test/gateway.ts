import { createGateway, type Gateway } from "@nato-russia/gateway";
import { createClient, type ClientOptions } from "../src/index.js";

/** The real gateway, in process: the client's fetch goes straight to gateway.fetch. */
export const gateway: Gateway = createGateway();

const inProcessFetch: typeof fetch = async (input, init) =>
  gateway.fetch(input as string, init as never);

export function inProcessClient(options: Partial<ClientOptions> = {}) {
  return createClient({ url: "http://gateway.test/graphql", fetch: inProcessFetch, ...options });
}

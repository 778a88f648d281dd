// The peer: the gateway's own Pothos schema and resolver context, served by Apollo Server.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { dataset, datasetInfo } from "@nato-russia/data";
import { contextFactory } from "@nato-russia/gateway/context";
import { DEFAULT_LIMITS } from "@nato-russia/gateway/limits";
import { schema } from "@nato-russia/gateway/schema";

const context = contextFactory(dataset, datasetInfo, DEFAULT_LIMITS.maxItems);
const server = new ApolloServer({
  schema,
  // Apollo appends a newline to every body; without it the bytes match the others'.
  stringifyResult: (result) => JSON.stringify(result),
  // Lets the benchmark's plain GETs through; the check itself costs nothing measurable.
  csrfPrevention: false,
});
const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: "127.0.0.1" },
  context: async () => context(),
});
process.send!({ ready: true, port: Number(new URL(url).port) });
process.on("SIGTERM", () => process.exit(0));

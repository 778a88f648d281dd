// Writes the built schema to schema.graphql, the contract dashboards and the client read, and
// the Federation subgraph SDL to subgraph.graphql.
// Run with `pnpm --filter @nato-russia/gateway schema`; a test fails while the file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaFile, printSubgraphFile, SCHEMA_FILE, SUBGRAPH_FILE } from "./schemaFile.js";

writeFileSync(SCHEMA_FILE, await printSchemaFile());
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
writeFileSync(SUBGRAPH_FILE, await printSubgraphFile());
console.log(`wrote ${fileURLToPath(SUBGRAPH_FILE)}`);

// Ships the gateway's schema in the tarball (`@nato-russia/client/schema.graphql`), so a
// downstream project can generate types for its own queries. The gateway's header (how to
// regenerate it in this repository) gives way to one saying what the copy is.
import { readFileSync, writeFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const schema = readFileSync("../../apps/gateway/schema.graphql", "utf8");
const body = schema.replace(/^(#[^\n]*\n)+\n*/, "");
const header = `# The GraphQL schema of the NATO–Russia relations API (@nato-russia/gateway), shipped with
# @nato-russia/client ${version}. Generated: copied from the gateway's schema.graphql by the
# client's build (scripts/copy-schema.mjs). Do not edit; point your codegen at it (see the
# client's README, "Your own queries").

`;
writeFileSync("dist/schema.graphql", header + body);

// The Workers build's stand-in for @apollo/subgraph, which the federation plugin imports: a
// worker serves the plain schema only (`federation: true` is for Node), so none of it is
// called, and Apollo's federation internals (which need Node built-ins) stay out of the bundle.
const unavailable = (): never => {
  throw new Error("the Federation subgraph is not served on Workers");
};

export const printSubgraphSchema = unavailable;
export const buildSubgraphSchema = unavailable;
export const entitiesField = {};
export const serviceField = {};
export const EntityType = {};

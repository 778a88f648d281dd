// Stands in for @graphql-yoga/render-graphiql in the worker bundle: its page inlines 9 MB of
// scripts, more than a worker may weigh, and the worker turns GraphiQL off (graphiql: false).
export function renderGraphiQL(): string {
  throw new Error("GraphiQL is not part of the worker build");
}

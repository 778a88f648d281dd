// What the Workers entry uses of the runtime, declared here rather than pulling in the whole
// @cloudflare/workers-types package for three names.
declare module "cloudflare:workers" {
  /** The worker's bindings: [vars] of wrangler.toml, and secrets. */
  export const env: Record<string, unknown>;
}

// The Workers build loads these as text.
declare module "*.csl" {
  const text: string;
  export default text;
}

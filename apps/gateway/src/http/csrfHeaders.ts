/** Headers a browser cannot add to a cross-site request without a CORS preflight. */
export const CSRF_HEADERS = [
  "x-graphql-client-name",
  "x-graphql-yoga-csrf",
  "apollo-require-preflight",
] as const;

/** A plain query request: a document, maybe an operation name and variables, nothing else. */
export interface OperationParams {
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Anything unusual (extensions, persisted hashes, batches, unknown keys, odd types) is left to
// the full pipeline, which answers it as it always does.
function plain(query: unknown, operationName: unknown, variables: unknown) {
  if (typeof query !== "string" || !query) return undefined;
  if (operationName != null && typeof operationName !== "string") return undefined;
  if (variables != null && !isObject(variables)) return undefined;
  return {
    query,
    operationName: operationName ?? undefined,
    variables: variables ?? undefined,
  } as OperationParams;
}

/** The parameters of a GET request's query string, if it is a plain query request. */
export function paramsFromUrl(url: string): OperationParams | undefined {
  const search = new URLSearchParams(url.slice(url.indexOf("?") + 1));
  const seen = new Set<string>();
  for (const name of search.keys()) {
    if (seen.has(name) || !["query", "variables", "operationName"].includes(name)) return undefined;
    seen.add(name);
  }
  // Read as yoga reads them: an empty parameter counts as absent.
  let variables: unknown;
  try {
    const text = search.get("variables");
    variables = text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
  return plain(search.get("query"), search.get("operationName") || undefined, variables);
}

/** The parameters of a JSON POST body, if it is a plain query request. */
export function paramsFromJson(body: string): OperationParams | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  for (const name of Object.keys(parsed)) {
    if (!["query", "variables", "operationName"].includes(name)) return undefined;
  }
  return plain(parsed.query, parsed.operationName, parsed.variables);
}

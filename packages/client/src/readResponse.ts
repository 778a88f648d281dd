import { ClientError, type GraphQLErrorPayload } from "./ClientError.js";

interface ResponseBody<TResult> {
  data?: TResult | null;
  errors?: GraphQLErrorPayload[];
}

/**
 * The data of a response, or a ClientError: GraphQL errors first (their `extensions.code`,
 * whatever the status), then HTTP failures, then a body with no data.
 */
export async function readResponse<TResult>(response: Response): Promise<TResult> {
  const body = (await response.json().catch(() => undefined)) as ResponseBody<TResult> | undefined;
  const errors = body?.errors ?? [];
  const first = errors[0];
  if (first) {
    throw new ClientError(
      first.message,
      first.extensions?.code ?? "GRAPHQL_ERROR",
      errors,
      response.status,
      body?.data,
    );
  }
  if (!response.ok) {
    throw new ClientError(
      `HTTP ${response.status} ${response.statusText}`.trim(),
      `HTTP_${response.status}`,
      [],
      response.status,
    );
  }
  if (body?.data === undefined || body.data === null) {
    throw new ClientError("the response has no data", "BAD_RESPONSE", [], response.status);
  }
  return body.data;
}

import { GraphQLError, type GraphQLFormattedError } from "graphql";

/**
 * What a client sees when a subgraph fails, in every mode: a GraphQL error with a stable code and
 * the service's name (`extensions.serviceName`), never its address. @apollo/gateway would answer
 * an HTTP error as `"400: Bad Request"` with the subgraph's URL and raw answer in
 * `extensions.response`; these replace that.
 *
 * - SUBGRAPH_TIMEOUT: it did not answer in time.
 * - SUBGRAPH_UNAVAILABLE: it could not be reached, or its answer was no GraphQL response.
 * - SERVICE_UNAVAILABLE: a write (a mutation) could not even be delivered, so nothing was written.
 * - the subgraph's own code: it answered with GraphQL errors, whatever its HTTP status.
 */

/** Connection errors that happen before a request leaves: the subgraph never saw it. */
const NOT_DELIVERED = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "ERR_INVALID_URL"]);

/** A failure to get an answer from a subgraph; `delivered` is false when the request certainly never reached it. */
export class SubgraphError extends GraphQLError {
  constructor(
    message: string,
    code: "SUBGRAPH_TIMEOUT" | "SUBGRAPH_UNAVAILABLE",
    readonly serviceName: string,
    readonly delivered: boolean,
  ) {
    super(message, { extensions: { code, serviceName } });
  }
}

/** A subgraph did not answer in time. `serviceName` is its name in the supergraph. */
export function subgraphTimeoutError(subgraph: string, timeoutMs: number): SubgraphError {
  return new SubgraphError(`the ${subgraph} service did not answer within ${timeoutMs} ms`, "SUBGRAPH_TIMEOUT", subgraph, true);
}

/**
 * A subgraph could not be reached at all (refused, reset, unknown host). The reason is the error
 * code alone: a socket error's message carries the address it tried.
 */
export function subgraphUnavailableError(subgraph: string, cause: unknown): SubgraphError {
  const code = (cause as { code?: unknown } | undefined)?.code;
  const reason = typeof code === "string" ? code : "the connection failed";
  return new SubgraphError(`the ${subgraph} service could not be reached (${reason})`, "SUBGRAPH_UNAVAILABLE", subgraph, !NOT_DELIVERED.has(reason));
}

/** The subgraph answered, but not with a GraphQL response (a proxy's error page, an empty body). */
export function subgraphAnswerError(subgraph: string, why: string): SubgraphError {
  return new SubgraphError(`the ${subgraph} service could not answer (${why})`, "SUBGRAPH_UNAVAILABLE", subgraph, true);
}

/** An HTTP error status with a GraphQL body: the subgraph's own errors, to be passed on as if it had answered 200. */
export class SubgraphGraphQLErrors extends GraphQLError {
  constructor(readonly body: { data?: Record<string, unknown> | null; errors: GraphQLFormattedError[] }) {
    super("the subgraph answered with GraphQL errors");
  }
}

/** What an HTTP error answer of a subgraph becomes. */
export async function errorFromHttpAnswer(subgraph: string, response: { status: number; text(): Promise<string> }): Promise<GraphQLError> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((error) => typeof error?.message === "string")) {
    return new SubgraphGraphQLErrors(body as SubgraphGraphQLErrors["body"]);
  }
  return subgraphAnswerError(subgraph, `HTTP ${response.status}`);
}

/**
 * The error a failed fetch is reported as. A mutation that never reached its subgraph wrote
 * nothing: SERVICE_UNAVAILABLE says so. One that may have reached it says that its outcome is
 * unknown, so that nobody retries a write blindly.
 */
export function reportedError(subgraph: string, error: unknown, mutation: boolean): GraphQLError {
  const failure = error instanceof SubgraphError ? error : error instanceof GraphQLError && typeof error.extensions.code === "string" ? error : null;
  if (!failure) return subgraphAnswerError(subgraph, "its answer was not a GraphQL response");
  if (!mutation || !(failure instanceof SubgraphError)) return failure;
  if (!failure.delivered) {
    return new GraphQLError(`${failure.message}: nothing was written`, { extensions: { code: "SERVICE_UNAVAILABLE", serviceName: subgraph } });
  }
  return new GraphQLError(`${failure.message}: the write may or may not have been made; read before trying again`, { extensions: failure.extensions });
}

/**
 * Belt and braces for every mode: no error leaves the gateway with `extensions.response` (the
 * subgraph's URL and raw answer, which @apollo/gateway attaches to HTTP errors).
 */
export function withoutSubgraphResponse(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.response === undefined) return formatted;
  const { response: _response, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

import "./telemetry";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GraphQLError } from "graphql";
import { REQUEST_ID_HEADER, type GatewayContext } from "./context";
import type { Fetcher } from "./fetcher";
import { errorFromHttpAnswer, reportedError, SubgraphGraphQLErrors } from "./subgraphErrors";

/**
 * Calls one subgraph on behalf of the caller: forwards the caller's verified Authorization
 * header and the request id, and nothing else of the incoming request. The subgraph verifies
 * the token again and decides access itself. Its failures are reported by subgraphErrors.ts:
 * with a stable code and the service's name, never its address.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;

  constructor({ name, url, fetcher }: { name: string; url: string; fetcher: Fetcher }) {
    super({ url, fetcher });
    this.serviceName = name;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource["process"]> {
    try {
      return await super.process(options);
    } catch (error) {
      // An HTTP error status with GraphQL errors in the body: the gateway passes them on as usual.
      if (error instanceof SubgraphGraphQLErrors) return error.body;
      throw reportedError(this.serviceName, error, /^\s*mutation\b/.test(options.request.query ?? ""));
    }
  }

  override errorFromResponse(response: Awaited<ReturnType<Fetcher>>): Promise<GraphQLError> {
    return errorFromHttpAnswer(this.serviceName, response);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    // Health checks and schema loading run without a caller: their context is empty.
    if (!headers || !context) return;
    if (context.authorization) headers.set("authorization", context.authorization);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}

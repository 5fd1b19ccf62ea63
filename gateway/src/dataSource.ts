import "./telemetry";
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { REQUEST_ID_HEADER, type GatewayContext } from "./context";
import type { Fetcher } from "./fetcher";

/**
 * Calls one subgraph on behalf of the caller: forwards the caller's verified Authorization
 * header and the request id, and nothing else of the incoming request. The subgraph verifies
 * the token again and decides access itself.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor({ url, fetcher }: { url: string; fetcher: Fetcher }) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    // Health checks and schema loading run without a caller: their context is empty.
    if (!headers || !context) return;
    if (context.authorization) headers.set("authorization", context.authorization);
    if (context.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
  }
}

import { identityConfigFromEnv } from "@coopgraph/identity";
import { createGateway, type GatewayOptions, type RunningGateway } from "../../src/gateway";
import { silentLogger } from "../../src/logger";
import type { TestSubgraphs } from "./subgraphs";

/** The secret the test subgraphs and the gateway share. */
export const testIdentity = identityConfigFromEnv({ JWT_SECRET: "gateway-test-secret" });

export const ITEMS_WITH_STOCK = "query ItemsWithStock { items { id name stock } }";

/** A real gateway over the test subgraphs' supergraph, on a free local port, quiet unless told otherwise. */
export function gatewayOver(subgraphs: TestSubgraphs, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  return createGateway({ supergraphSdl: subgraphs.supergraphSdl, identity: testIdentity, port: 0, host: "127.0.0.1", logger: silentLogger, ...options });
}

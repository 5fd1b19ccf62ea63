import { authenticate, createVerifier, type Identity, type IdentityConfig } from "@coopgraph/identity";
import { randomUUID } from "node:crypto";
import { Loaders } from "./loaders";
import { createLogger, type Logger } from "./log";

/** What every resolver of every subgraph receives. Subgraphs extend it with their database. */
export interface BaseContext {
  identity: Identity | null;
  loaders: Loaders;
  requestId: string;
  /** This request's logger: every line carries `requestId`. */
  log: Logger;
}

/** Verifies the caller's token again: a subgraph never trusts an unverified header. */
export function identityReader(config: IdentityConfig, log: Logger = createLogger("subgraph")) {
  const verify = createVerifier(config);
  return async (headers: { authorization?: string; "x-request-id"?: string }): Promise<BaseContext> => {
    const identity = await authenticate(headers.authorization, verify);
    // serve() has checked the forwarded id, or given the request one.
    const requestId = headers["x-request-id"] ?? randomUUID();
    return { identity, loaders: new Loaders(), requestId, log: log.child({ requestId }) };
  };
}

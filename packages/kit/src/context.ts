import { authenticate, createVerifier, type Identity, type IdentityConfig } from "@coopgraph/identity";
import { randomUUID } from "node:crypto";
import { Loaders } from "./loaders";

/** What every resolver of every subgraph receives. Subgraphs extend it with their database. */
export interface BaseContext {
  identity: Identity | null;
  loaders: Loaders;
  requestId: string;
}

/** Verifies the caller's token again: a subgraph never trusts an unverified header. */
export function identityReader(config: IdentityConfig) {
  const verify = createVerifier(config);
  return async (headers: { authorization?: string; "x-request-id"?: string }): Promise<BaseContext> => {
    const identity = await authenticate(headers.authorization, verify);
    return { identity, loaders: new Loaders(), requestId: headers["x-request-id"] ?? randomUUID() };
  };
}

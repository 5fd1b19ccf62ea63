import { authenticate, createVerifier, type Identity, type IdentityConfig } from "@coopgraph/identity";
import type express from "express";
import { randomUUID } from "node:crypto";

/** What every operation through the gateway knows about its caller. */
export interface GatewayContext {
  /** The verified caller; null for an anonymous request (no Authorization header). */
  identity: Identity | null;
  /** The caller's Authorization header, exactly as sent; set only when it verified. */
  authorization?: string;
  /** Correlates the gateway's and the subgraphs' logs; echoed in the `x-request-id` response header. */
  requestId: string;
}

export const REQUEST_ID_HEADER = "x-request-id";
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Verifies the caller's token once, at the gateway. No header: anonymous, passed on. A header
 * that does not verify (expired, badly signed, malformed): the request stops here with
 * UNAUTHENTICATED and HTTP 401, before any subgraph is called. Subgraphs verify again.
 */
export function createContext(config: IdentityConfig) {
  const verify = createVerifier(config);
  return async ({ req, res }: { req: express.Request; res: express.Response }): Promise<GatewayContext> => {
    const offered = req.get(REQUEST_ID_HEADER);
    const requestId = offered && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);

    const authorization = req.get("authorization");
    const identity = await authenticate(authorization, verify);
    return identity ? { identity, authorization, requestId } : { identity: null, requestId };
  };
}

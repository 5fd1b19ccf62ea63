import { GraphQLError } from "graphql";
import { identityFromAuthorization, InvalidTokenError, type Verifier } from "./jwt";
import type { Identity } from "./roles";

/** UNAUTHENTICATED with HTTP 401: a token was offered and refused. */
export function tokenRefused(reason: string): GraphQLError {
  return new GraphQLError(`The access token was refused: ${reason}.`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401, headers: new Map([["www-authenticate", 'Bearer error="invalid_token"']]) } },
  });
}

/**
 * The caller of a GraphQL request, as the gateway and every subgraph read it: null without an
 * Authorization header (anonymous); a refused token stops the request with `tokenRefused`.
 */
export async function authenticate(authorization: string | undefined | null, verify: Verifier): Promise<Identity | null> {
  try {
    return await identityFromAuthorization(authorization, verify);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw tokenRefused(error.message);
    throw error;
  }
}

import { createLocalJWKSet, createRemoteJWKSet, importPKCS8, importSPKI, jwtVerify, SignJWT, errors } from "jose";
import type { JWTPayload, JWTVerifyGetKey, KeyLike } from "jose";
import { LRUCache } from "lru-cache";
import type { IdentityConfig } from "./config";
import { isRole, type Identity } from "./roles";

/** A token was present but cannot be trusted: expired, badly signed, malformed, or without a valid role. */
export class InvalidTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidTokenError";
  }
}

export type Verifier = (token: string) => Promise<Identity>;

/** Most verified tokens a verifier keeps, and for how long at most, whatever their expiry. */
const VERIFIED_MAX = 10_000;
const VERIFIED_TTL_MS = 60_000;

/**
 * Verifies a bearer token: signature, issuer, audience, expiry, and a valid role.
 *
 * Every request of a dashboard is verified by the gateway and by each subgraph it reaches, most
 * often with a token seen a moment before. So a verifier keeps the identity of each token it has
 * accepted (never a refusal), keyed by the whole token, so that a token differing by one character
 * is verified on its own, for at most a minute and never past the token's own `exp`: an accepted
 * token is accepted again without checking its signature, until then. A minute is also the longest
 * a token signed by a key just removed from the key set stays accepted.
 */
export function createVerifier(config: IdentityConfig): Verifier {
  const verify = verifierWithoutCache(config);
  const verified = new LRUCache<string, { identity: Identity; expiresAt: number }>({ max: VERIFIED_MAX, ttl: VERIFIED_TTL_MS });
  return async (token) => {
    const known = verified.get(token);
    if (known && Date.now() < known.expiresAt) return known.identity;
    const { identity, exp } = await verify(token);
    // Shared by every request with this token: frozen, so that none can change it for the others.
    verified.set(token, { identity: Object.freeze(identity), expiresAt: exp * 1000 });
    return identity;
  };
}

function verifierWithoutCache(config: IdentityConfig): (token: string) => Promise<{ identity: Identity; exp: number }> {
  const key = verificationKey(config);
  // Every token must say when it expires and whom it is for; only the algorithms of our keys count.
  const options = {
    issuer: config.issuer,
    audience: config.audience,
    requiredClaims: ["exp", "sub"],
    algorithms: config.jwksUrl || config.publicKey ? [config.keyAlgorithm] : ["HS256"],
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = typeof key === "function" ? await jwtVerify(token, key, options) : await jwtVerify(token, await key, options));
    } catch (error) {
      throw new InvalidTokenError(describeJoseError(error));
    }
    const { sub, role, coopId, exp } = payload as { sub?: unknown; role?: unknown; coopId?: unknown; exp: number };
    if (typeof sub !== "string" || sub === "") throw new InvalidTokenError("the token has no subject");
    if (!isRole(role)) throw new InvalidTokenError("the token has no valid role");
    if (role === "COOP_MANAGER" && (typeof coopId !== "string" || coopId === "")) {
      throw new InvalidTokenError("a COOP_MANAGER token must name its cooperative (coopId)");
    }
    return { identity: role === "COOP_MANAGER" ? { sub, role, coopId: coopId as string } : { sub, role }, exp };
  };
}

function verificationKey(config: IdentityConfig): JWTVerifyGetKey | Promise<KeyLike | Uint8Array> {
  if (config.jwksUrl) return createRemoteJWKSet(new URL(config.jwksUrl));
  if (config.publicKey) {
    const pem = config.publicKey;
    if (pem.trim().startsWith("{")) return createLocalJWKSet(JSON.parse(pem));
    return importSPKI(pem, config.keyAlgorithm);
  }
  if (config.secret) return Promise.resolve(new TextEncoder().encode(config.secret));
  throw new Error("no JWT verification key configured: set JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL");
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "the token has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature is not valid";
  return "the token is not valid";
}

export interface SignOptions {
  /** e.g. "8h", "5m"; default 8 hours. */
  expiresIn?: string;
}

/** Signs a token for an identity: with the shared secret in development, with the private key in production. */
export async function signToken(identity: Identity, config: IdentityConfig, options: SignOptions = {}): Promise<string> {
  const claims: Record<string, string> = { role: identity.role };
  if (identity.coopId) claims.coopId = identity.coopId;
  const jwt = new SignJWT(claims)
    .setSubject(identity.sub)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "8h");
  if (config.privateKey) {
    return jwt.setProtectedHeader({ alg: config.keyAlgorithm }).sign(await importPKCS8(config.privateKey, config.keyAlgorithm));
  }
  if (!config.secret) throw new Error("cannot sign tokens: set JWT_SECRET or JWT_PRIVATE_KEY");
  return jwt.setProtectedHeader({ alg: "HS256" }).sign(new TextEncoder().encode(config.secret));
}

/**
 * Reads `Authorization: Bearer <token>`. No header: anonymous (null). A header that is
 * present but not a valid bearer token: InvalidTokenError.
 */
export async function identityFromAuthorization(header: string | undefined | null, verify: Verifier): Promise<Identity | null> {
  if (header === undefined || header === null || header.trim() === "") return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new InvalidTokenError("the Authorization header must be 'Bearer <token>'");
  return verify(match[1]);
}

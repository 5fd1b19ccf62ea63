/**
 * Where keys come from. Development signs and verifies with a shared secret (HS256);
 * production verifies with a public key (RS256/ES256, PEM) or a JWKS URL, and signs
 * service tokens with a private key.
 */
export const DEV_JWT_SECRET = "coopgraph-development-secret-do-not-use-in-production";

export interface IdentityConfig {
  /** HS256 shared secret; used when no public key or JWKS URL is configured. */
  secret?: string;
  /** PEM public key (SPKI) for RS256/ES256 verification. */
  publicKey?: string;
  /** JWKS endpoint for RS256/ES256 verification. */
  jwksUrl?: string;
  /** PEM private key (PKCS#8) for signing service tokens when verification uses keys. */
  privateKey?: string;
  /** Algorithm of the key pair: RS256 or ES256. */
  keyAlgorithm: "RS256" | "ES256";
  issuer: string;
  audience: string;
  /** True when the built-in development secret is in use: callers announce it. */
  usingDevSecret: boolean;
}

export function identityConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const publicKey = nonEmpty(env.JWT_PUBLIC_KEY);
  const jwksUrl = nonEmpty(env.JWT_JWKS_URL);
  const secret = nonEmpty(env.JWT_SECRET) ?? (publicKey || jwksUrl ? undefined : DEV_JWT_SECRET);
  if (secret === DEV_JWT_SECRET && env.NODE_ENV === "production") {
    throw new Error("NODE_ENV=production needs real keys: set JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL (the development secret is refused)");
  }
  const keyAlgorithm = env.JWT_KEY_ALGORITHM === "ES256" ? "ES256" : "RS256";
  return {
    secret,
    publicKey,
    jwksUrl,
    privateKey: nonEmpty(env.JWT_PRIVATE_KEY),
    keyAlgorithm,
    issuer: nonEmpty(env.JWT_ISSUER) ?? "coopgraph",
    audience: nonEmpty(env.JWT_AUDIENCE) ?? "coopgraph",
    usingDevSecret: secret === DEV_JWT_SECRET,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== "" ? value.replace(/\\n/g, "\n") : undefined;
}

import { exportPKCS8, exportSPKI, exportJWK, generateKeyPair, SignJWT } from "jose";
import { createVerifier, DEV_JWT_SECRET, identityConfigFromEnv, identityFromAuthorization, InvalidTokenError, signToken } from "../src";

const dev = identityConfigFromEnv({});

describe("development tokens (HS256, shared secret)", () => {
  it("falls back to the announced development secret when nothing is configured", () => {
    expect(dev).toMatchObject({ secret: DEV_JWT_SECRET, usingDevSecret: true, issuer: "coopgraph", audience: "coopgraph" });
  });

  it("refuses the development secret in production", () => {
    expect(() => identityConfigFromEnv({ NODE_ENV: "production" })).toThrow("NODE_ENV=production needs real keys");
    expect(identityConfigFromEnv({ NODE_ENV: "production", JWT_SECRET: "s3cret-from-a-vault" }).usingDevSecret).toBe(false);
  });

  it("verifies what it signs, with role and cooperative", async () => {
    const token = await signToken({ sub: "u1", role: "COOP_MANAGER", coopId: "c1" }, dev);
    await expect(createVerifier(dev)(token)).resolves.toEqual({ sub: "u1", role: "COOP_MANAGER", coopId: "c1" });
  });

  it("refuses a token signed with another secret", async () => {
    const other = identityConfigFromEnv({ JWT_SECRET: "another-secret-entirely" });
    const token = await signToken({ sub: "u1", role: "ADMIN" }, other);
    await expect(createVerifier(dev)(token)).rejects.toThrow(new InvalidTokenError("the token's signature is not valid"));
  });

  it("refuses an expired token", async () => {
    const token = await signToken({ sub: "u1", role: "ADMIN" }, dev, { expiresIn: "-1m" });
    await expect(createVerifier(dev)(token)).rejects.toThrow("the token has expired");
  });

  it("accepts a token again from what it verified, but never past its expiry, nor a token that differs", async () => {
    const verify = createVerifier(dev);
    const token = await signToken({ sub: "u1", role: "COOP_MANAGER", coopId: "c1" }, dev, { expiresIn: "30s" });
    const first = await verify(token);
    await expect(verify(token)).resolves.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // The same claims with another signature: verified on its own, and refused.
    const [header, payload, signature] = token.split(".");
    const forged = [header, payload, `${signature.slice(0, -2)}${signature.endsWith("AA") ? "BB" : "AA"}`].join(".");
    await expect(verify(forged)).rejects.toThrow(new InvalidTokenError("the token's signature is not valid"));
    jest.useFakeTimers({ now: Date.now() + 31_000, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
    try {
      await expect(verify(token)).rejects.toThrow("the token has expired");
    } finally {
      jest.useRealTimers();
    }
  });

  it("refuses a token for another audience", async () => {
    const token = await signToken({ sub: "u1", role: "ADMIN" }, { ...dev, audience: "elsewhere" });
    await expect(createVerifier(dev)(token)).rejects.toThrow("the token's aud claim is not accepted");
  });

  it("refuses a token that never expires, and one signed with another algorithm", async () => {
    const secret = new TextEncoder().encode(DEV_JWT_SECRET);
    const forever = await new SignJWT({ role: "ADMIN" }).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer("coopgraph").setAudience("coopgraph").sign(secret);
    await expect(createVerifier(dev)(forever)).rejects.toThrow("the token's exp claim is not accepted");
    const hs512 = await new SignJWT({ role: "ADMIN" })
      .setProtectedHeader({ alg: "HS512" })
      .setSubject("u1")
      .setIssuer("coopgraph")
      .setAudience("coopgraph")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(DEV_JWT_SECRET.repeat(2)));
    await expect(createVerifier(dev)(hs512)).rejects.toThrow(InvalidTokenError);
  });

  it("refuses an unknown role and a COOP_MANAGER without a cooperative", async () => {
    const secret = new TextEncoder().encode(DEV_JWT_SECRET);
    const sign = (claims: Record<string, string>) =>
      new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("u1").setIssuer("coopgraph").setAudience("coopgraph").setExpirationTime("1h").sign(secret);
    await expect(createVerifier(dev)(await sign({ role: "ROOT" }))).rejects.toThrow("the token has no valid role");
    await expect(createVerifier(dev)(await sign({ role: "COOP_MANAGER" }))).rejects.toThrow("must name its cooperative");
  });
});

describe("production keys", () => {
  it("verifies RS256 with a PEM public key and signs with the private key", async () => {
    const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
    const config = identityConfigFromEnv({ JWT_PUBLIC_KEY: await exportSPKI(publicKey), JWT_PRIVATE_KEY: await exportPKCS8(privateKey) });
    expect(config.secret).toBeUndefined();
    const token = await signToken({ sub: "svc", role: "SERVICE" }, config);
    await expect(createVerifier(config)(token)).resolves.toEqual({ sub: "svc", role: "SERVICE" });
    await expect(createVerifier(config)(await signToken({ sub: "x", role: "ADMIN" }, dev))).rejects.toThrow(InvalidTokenError);
  });

  it("verifies ES256 against a JSON Web Key Set", async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256", { extractable: true });
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), alg: "ES256", kid: "k1" }] });
    const config = identityConfigFromEnv({ JWT_PUBLIC_KEY: jwks, JWT_KEY_ALGORITHM: "ES256" });
    const token = await new SignJWT({ role: "ANALYST" })
      .setProtectedHeader({ alg: "ES256", kid: "k1" })
      .setSubject("a1")
      .setIssuer("coopgraph")
      .setAudience("coopgraph")
      .setExpirationTime("1h")
      .sign(privateKey);
    await expect(createVerifier(config)(token)).resolves.toEqual({ sub: "a1", role: "ANALYST" });
  });
});

describe("the Authorization header", () => {
  const verify = createVerifier(dev);
  it("is anonymous when absent", async () => {
    await expect(identityFromAuthorization(undefined, verify)).resolves.toBeNull();
    await expect(identityFromAuthorization("", verify)).resolves.toBeNull();
  });
  it("must be a bearer token when present", async () => {
    await expect(identityFromAuthorization("Basic abc", verify)).rejects.toThrow("must be 'Bearer <token>'");
    await expect(identityFromAuthorization("Bearer not.a.jwt", verify)).rejects.toThrow("the token is not valid");
  });
  it("yields the verified identity", async () => {
    const token = await signToken({ sub: "p1", role: "PARTNER" }, dev);
    await expect(identityFromAuthorization(`Bearer ${token}`, verify)).resolves.toEqual({ sub: "p1", role: "PARTNER" });
  });
});

describe("the token command", () => {
  const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
  const cli = require("node:path").join(__dirname, "..", "dist", "cli.js") as string;

  it("prints only a verifiable development token on stdout", async () => {
    const out = execFileSync(process.execPath, [cli, "--role", "COOP_MANAGER", "--coop", "c-42"], {
      env: { PATH: process.env.PATH },
      stdio: ["ignore", "pipe", "pipe"],
    }).toString();
    expect(out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    await expect(createVerifier(dev)(out.trim())).resolves.toEqual({ sub: "dev-coop_manager", role: "COOP_MANAGER", coopId: "c-42" });
  });

  it("refuses an unknown role", () => {
    expect(() => execFileSync(process.execPath, [cli, "--role", "ROOT"], { stdio: ["ignore", "pipe", "pipe"] })).toThrow(/--role must be one of ADMIN, COOP_MANAGER/);
  });
});

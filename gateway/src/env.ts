import { identityConfigFromEnv } from "@coopgraph/identity";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GatewayOptions } from "./gateway";

/** gateway/src or gateway/dist -> the repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

export interface GatewayEnvironment {
  options: GatewayOptions;
  /** Lines worth printing at start: defaults in use, paths not found. */
  notices: string[];
}

/**
 * The gateway's settings from environment variables (README, "Gateway"):
 * PORT (4000), HOST (0.0.0.0), SUPERGRAPH_PATH (schema/supergraph.graphql),
 * PUBLIC_SUPERGRAPH_PATH (schema/public-supergraph.graphql; absent file: no /public),
 * SUBGRAPH_URL_<NAME>, SUBGRAPH_TIMEOUT_MS (10000), EXPOSE_QUERY_PLAN (false),
 * MAX_QUERY_DEPTH (15), MAX_BODY_BYTES (1048576), NODE_ENV, and the JWT_* of @coopgraph/identity.
 */
export function gatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env, repoRoot: string = REPO_ROOT): GatewayEnvironment {
  const notices: string[] = [];
  const supergraphPath = path.resolve(repoRoot, set(env.SUPERGRAPH_PATH) ?? "schema/supergraph.graphql");
  const publicPath = path.resolve(repoRoot, set(env.PUBLIC_SUPERGRAPH_PATH) ?? "schema/public-supergraph.graphql");

  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, "utf8");
  } catch (error) {
    throw new Error(`cannot read the supergraph at ${supergraphPath} (${code(error)}): run \`npm run compose\` or set SUPERGRAPH_PATH`);
  }
  let publicSupergraphSdl: string | undefined;
  try {
    publicSupergraphSdl = readFileSync(publicPath, "utf8");
  } catch (error) {
    notices.push(`no public contract at ${publicPath} (${code(error)}): /public/graphql is not served`);
  }

  const subgraphUrls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_(.+)$/.exec(name);
    if (match && set(value)) subgraphUrls[match[1]] = value!.trim();
  }

  const identity = identityConfigFromEnv(env);
  if (identity.usingDevSecret) {
    notices.push("tokens are verified with the built-in development secret: set JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL in production");
  }

  return {
    options: {
      supergraphSdl,
      publicSupergraphSdl,
      subgraphUrls,
      identity,
      port: integer(env, "PORT", 4000, 0, 65_535),
      host: set(env.HOST) ?? "0.0.0.0",
      subgraphTimeoutMs: integer(env, "SUBGRAPH_TIMEOUT_MS", 10_000, 1),
      exposeQueryPlan: flag(env, "EXPOSE_QUERY_PLAN"),
      maxDepth: integer(env, "MAX_QUERY_DEPTH", 15, 1),
      maxBodyBytes: integer(env, "MAX_BODY_BYTES", 1024 * 1024, 1),
      production: env.NODE_ENV === "production",
    },
    notices,
  };
}

function set(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = set(env[name]);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : " up"}, not '${raw}'`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = set(env[name])?.toLowerCase();
  if (raw === undefined) return false;
  if (["true", "1", "yes", "on"].includes(raw)) return true;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  throw new Error(`${name} must be true or false, not '${env[name]}'`);
}

function code(error: unknown): string {
  return (error as { code?: string }).code ?? String(error);
}

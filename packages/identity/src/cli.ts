#!/usr/bin/env node
/**
 * Prints a development token on stdout, and nothing else:
 *   npm run -s token -- --role ADMIN
 *   npm run -s token -- --role COOP_MANAGER --coop <cooperative id>
 */
import { parseArgs } from "node:util";
import { identityConfigFromEnv } from "./config";
import { signToken } from "./jwt";
import { isRole, ROLES } from "./roles";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      coop: { type: "string" },
      sub: { type: "string" },
      expires: { type: "string", default: "8h" },
    },
  });
  const role = values.role?.toUpperCase();
  if (!isRole(role)) fail(`--role must be one of ${ROLES.join(", ")}`);
  if (role === "COOP_MANAGER" && !values.coop) fail("--coop <cooperative id> is required for COOP_MANAGER");
  const config = identityConfigFromEnv();
  if (config.usingDevSecret) process.stderr.write("note: signed with the built-in development secret (set JWT_SECRET to change it)\n");
  const sub = values.sub ?? `dev-${role.toLowerCase()}`;
  process.stdout.write(`${await signToken({ sub, role, ...(role === "COOP_MANAGER" ? { coopId: values.coop } : {}) }, config, { expiresIn: values.expires })}\n`);
}

function fail(message: string): never {
  process.stderr.write(`token: ${message}\n`);
  process.exit(2);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));

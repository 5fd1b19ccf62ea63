import { spawnSync } from "node:child_process";
import * as path from "node:path";

/**
 * `prisma generate` with the installed CLI, offline. It never runs the native schema engine but
 * insists that PRISMA_SCHEMA_ENGINE_BINARY names an existing file: point it at a stand-in that
 * explains itself. No telemetry or update checks. Returns the exit code; output is inherited.
 */
export function prismaGenerate(schemaPath: string, cwd: string = process.cwd()): number {
  let prisma: string;
  try {
    prisma = require.resolve("prisma/build/index.js", { paths: [cwd, __dirname] });
  } catch {
    throw new Error("the prisma CLI is not installed (add prisma 7.10.0 to devDependencies)");
  }
  const result = spawnSync(process.execPath, [prisma, "generate", "--schema", schemaPath], {
    cwd,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.resolve(__dirname, "..", "bin", "no-native-schema-engine"),
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

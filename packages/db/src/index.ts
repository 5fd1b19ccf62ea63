/**
 * The database layer every subgraph uses: Prisma 7 through driver adapters on PostgreSQL or an
 * embedded PGlite, and migrations through Prisma's Wasm schema engine (no native binaries).
 * Test helpers live in `@coopgraph/db/testing`.
 */
export { createAdapter, type AdapterOptions, type DatabaseAdapterFactory, type QueryListener } from "./adapter";
export { openDatabase, type OpenDatabase, type OpenOptions, type PrismaClientClass } from "./open";
export {
  migrateDeploy,
  migrateDev,
  migrateStatus,
  type MigrateDevOptions,
  type MigrateDevResult,
  type MigrateOptions,
  type MigrationStatus,
} from "./migrations";
export { parseDatabaseUrl, redactUrl, type DatabaseTarget } from "./url";
export { prismaGenerate } from "./generate";

/**
 * The files derived from subgraphs/registry.json, so that a subgraph's port and database are
 * written in one place: docker-compose.yml (one service per subgraph, the gateway pointed at
 * each) and scripts/postgres-init.sql (one database per subgraph). The compose step writes them;
 * CI fails when the committed ones differ.
 */
const { stringify } = require("yaml");

const HEADER = `# Generated from subgraphs/registry.json by the compose step (npm run compose): edit the registry, not this file.
# Production-like: one PostgreSQL server, one database per subgraph, every subgraph and the gateway
# from the same image, and Redis, where gateway replicas count the public rate limits together.
# Subgraphs apply their migrations at start; demo data is seeded only where SEED_DEMO_DATA is true.
# Set JWT_SECRET (or JWT_PUBLIC_KEY / JWT_JWKS_URL with JWT_PRIVATE_KEY) in the environment; the
# development secret is refused when NODE_ENV=production.
`;

function dockerCompose(registry) {
  const subgraphEnv = {
    NODE_ENV: "production",
    HOST: "0.0.0.0",
    JWT_SECRET: "${JWT_SECRET:?set JWT_SECRET}",
    GATEWAY_URL: "http://gateway:4000",
    SEED_DEMO_DATA: "${SEED_DEMO_DATA:-false}",
  };
  const services = {
    postgres: {
      image: "postgres:15",
      restart: "unless-stopped",
      environment: { POSTGRES_USER: "coopgraph", POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}", POSTGRES_DB: "coopgraph" },
      volumes: ["postgres-data:/var/lib/postgresql/data", "./scripts/postgres-init.sql:/docker-entrypoint-initdb.d/10-databases.sql:ro"],
      healthcheck: { test: ["CMD-SHELL", "pg_isready -U coopgraph -d coopgraph"], interval: "5s", timeout: "3s", retries: 20 },
    },
  };
  services.redis = {
    image: "redis:7",
    restart: "unless-stopped",
    healthcheck: { test: ["CMD", "redis-cli", "ping"], interval: "5s", timeout: "3s", retries: 20 },
  };
  for (const s of registry) {
    services[s.name] = {
      build: ".",
      restart: "unless-stopped",
      depends_on: { postgres: { condition: "service_healthy" } },
      command: ["node", `subgraphs/${s.name}/dist/index.js`],
      environment: { ...subgraphEnv, PORT: String(s.port), DATABASE_URL: `postgresql://coopgraph:\${POSTGRES_PASSWORD}@postgres:5432/${s.database}` },
      healthcheck: {
        test: ["CMD", "node", "-e", `fetch('http://127.0.0.1:${s.port}/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`],
        interval: "5s",
        retries: 30,
      },
    };
  }
  services.gateway = {
    build: ".",
    restart: "unless-stopped",
    command: ["node", "gateway/dist/index.js"],
    ports: ["4000:4000"],
    depends_on: { redis: { condition: "service_healthy" }, ...Object.fromEntries(registry.map((s) => [s.name, { condition: "service_healthy" }])) },
    environment: {
      NODE_ENV: "production",
      PORT: "4000",
      JWT_SECRET: "${JWT_SECRET:?set JWT_SECRET}",
      // Every gateway replica counts the public rate limits in the same Redis.
      REDIS_URL: "redis://redis:6379",
      SUPERGRAPH_PATH: "/app/schema/supergraph.graphql",
      PUBLIC_SUPERGRAPH_PATH: "/app/schema/public-supergraph.graphql",
      ...Object.fromEntries(registry.map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase().replace(/-/g, "_")}`, `http://${s.name}:${s.port}/graphql`])),
    },
  };
  return HEADER + stringify({ name: "coopgraph", services, volumes: { "postgres-data": null } }, { lineWidth: 0 }).replace("postgres-data: null", "postgres-data:");
}

function postgresInit(registry) {
  return [
    "-- Generated from subgraphs/registry.json by the compose step: one database per subgraph, so no",
    "-- table holds another subgraph's rows.",
    ...registry.map((s) => `CREATE DATABASE ${s.database};`),
    "",
  ].join("\n");
}

module.exports = { dockerCompose, postgresInit };

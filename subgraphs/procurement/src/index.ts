import "reflect-metadata";
import { runMain, runSubgraph } from "@coopgraph/kit/run";
import { dir, name, start } from "./app";
import { PrismaClient } from "./db";
import { seedProcurement } from "./seed";

/** Membership is asked through the gateway (GATEWAY_URL, the fixed port 4000 by default). */
const gatewayUrl = () => process.env.GATEWAY_URL || `http://127.0.0.1:4000`;

runMain(() =>
  runSubgraph({
    name,
    defaultPort: 4002,
    dir,
    PrismaClient,
    seed: seedProcurement,
    start: (options) => start({ ...options, gatewayUrl }),
  }),
);

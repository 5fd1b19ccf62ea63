import "reflect-metadata";
import { runMain, runSubgraph } from "@coopgraph/kit/run";
import path from "node:path";
import { start, name } from "./app";
import { PrismaClient } from "./db";
import { seedMembership } from "./seed";

runMain(() =>
  runSubgraph({
    name,
    defaultPort: 4001,
    dir: path.join(__dirname, ".."),
    PrismaClient,
    seed: seedMembership,
    start,
  }),
);

import "reflect-metadata";
import { runMain, runSubgraph } from "@coopgraph/kit/run";
import { subgraph } from "./app";

runMain(() => runSubgraph(subgraph));

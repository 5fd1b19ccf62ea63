import type { Command, SubgraphContext } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** What every resolver of __name__ receives: the caller, loaders, its database. */
export type __Name__Context = SubgraphContext<PrismaClient>;
/** A write of __name__, run by `execute` in one transaction. */
export type __Name__Command<Input, Output> = Command<PrismaClient, Input, Output>;

import type { MembershipClient } from "@coopgraph/clients";
import type { Command, SubgraphContext, Transaction } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** Membership's facts about people and cooperatives are asked through the gateway with training's service identity. */
export type TrainingContext = SubgraphContext<PrismaClient, { membership: MembershipClient }>;

/** The transaction a training command runs in. */
export type Tx = Transaction<PrismaClient>;

/** A write of training, as a plain function of a transaction, the caller and validated input. */
export type TrainingCommand<Input, Output> = Command<PrismaClient, Input, Output>;

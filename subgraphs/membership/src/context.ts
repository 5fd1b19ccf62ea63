import type { Command, SubgraphContext, Transaction } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

/** Membership asks no other domain: its context is its database and the caller. */
export type MembershipContext = SubgraphContext<PrismaClient>;
/** What membership's commands write through. */
export type MembershipTransaction = Transaction<PrismaClient>;
/** A write of membership, run by `execute` in one transaction. */
export type MembershipCommand<Input, Output> = Command<PrismaClient, Input, Output>;

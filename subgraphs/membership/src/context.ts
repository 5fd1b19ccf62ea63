import type { BaseContext } from "@coopgraph/kit";
import type { PrismaClient } from "./db";

export interface MembershipContext extends BaseContext {
  db: PrismaClient;
}

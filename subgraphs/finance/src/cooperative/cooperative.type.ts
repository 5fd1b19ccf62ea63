import { entityStub } from "@coopgraph/kit";

/** Membership's Cooperative, extended here by its key: finance adds its invoices, its debt and its billing details. */
export const Cooperative = entityStub("Cooperative");
export type Cooperative = InstanceType<typeof Cooperative>;

import { entityStub } from "@coopgraph/kit";

/** Membership's Cooperative, extended here by its key: procurement adds the contracts it executes. */
export const Cooperative = entityStub("Cooperative", { isPublic: true });
export type Cooperative = InstanceType<typeof Cooperative>;

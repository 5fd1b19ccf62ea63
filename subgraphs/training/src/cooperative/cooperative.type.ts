import { entityStub } from "@coopgraph/kit";

/** Membership's Cooperative, extended here by its key: training adds the hours its people attended. */
export const Cooperative = entityStub("Cooperative", { isPublic: true });
export type Cooperative = InstanceType<typeof Cooperative>;

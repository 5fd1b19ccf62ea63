import { entityStub } from "@coopgraph/kit";

/** Membership's Cooperative, extended here by its key: inclusion adds its placements and its 30% verdict. */
export const Cooperative = entityStub("Cooperative", { isPublic: true });
export type Cooperative = InstanceType<typeof Cooperative>;

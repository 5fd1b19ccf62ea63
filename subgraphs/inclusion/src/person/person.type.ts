import { entityStub } from "@coopgraph/kit";

/** Membership's Person, extended here by its key: inclusion adds the person's work placements. */
export const Person = entityStub("Person");
export type Person = InstanceType<typeof Person>;

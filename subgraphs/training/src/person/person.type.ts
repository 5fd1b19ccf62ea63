import { entityStub } from "@coopgraph/kit";

/** Membership's Person, extended here by its key: training adds their enrolments and certificates. */
export const Person = entityStub("Person");
export type Person = InstanceType<typeof Person>;

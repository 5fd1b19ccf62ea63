import { defineSubgraph } from "@coopgraph/kit";
import path from "node:path";
import { ComplianceResolver } from "./compliance/compliance.resolver";
import { CooperativeResolver, resolveCooperativeReference } from "./cooperative/cooperative.resolver";
import { PrismaClient } from "./db";
import { DurcResolver } from "./durc/durc.resolver";
import { CooperativePeopleResolver, PersonResolver, resolvePersonReference } from "./person/person.resolver";
import { seedMembership } from "./seed";

/** Membership: cooperatives, people, admission, DURC, share capital, the art. 8 indicator. It asks no other domain. */
export const subgraph = defineSubgraph({
  name: "membership",
  dir: path.join(__dirname, ".."),
  PrismaClient,
  resolvers: [CooperativeResolver, CooperativePeopleResolver, PersonResolver, DurcResolver, ComplianceResolver],
  references: { Cooperative: resolveCooperativeReference, Person: resolvePersonReference },
  seed: seedMembership,
});

/** For other subgraphs' tests, which arrange what membership knows. */
export { demoPersonId, seedMembership, personTaxCode } from "./seed";
export { durcValidUntil } from "./durc/durc.rules";
export type { PrismaClient, CooperativeStatus, CooperativeType } from "./db";

/**
 * Typed clients for what one domain asks another at write time, through the gateway with a
 * SERVICE identity. Each operation is registered, and the compose step validates it against the
 * supergraph it composes; each answer is validated before it is used.
 */
export { checkOperations, operations } from "./documents";
export { inclusionClient, type InclusionClient, type InclusionVerdict } from "./inclusion";
export { membershipClient, type CooperativeFacts, type CooperativeListing, type InvoicingFacts, type MembershipClient, type PersonFacts } from "./membership";
export { procurementClient, type ContractFacts, type ProcurementClient } from "./procurement";
export { recordedAsk } from "./recorded";

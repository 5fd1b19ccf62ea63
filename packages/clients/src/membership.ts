import { isoDate, type GatewayAsk } from "@coopgraph/kit";
import { z } from "zod";
import { validAnswer } from "./answer";
import { operation } from "./documents";
import { allPages, inChunks, pageInfo } from "./paging";

const OWNER = "membership";

const cooperativeType = z.enum(["A", "B", "AB", "CONSORTIUM", "OTHER"]);
const cooperativeStatus = z.enum(["APPLICANT", "ACTIVE", "SUSPENDED", "WITHDRAWN", "EXCLUDED", "REJECTED"]);
const personRole = z.enum(["WORKER_MEMBER", "VOLUNTEER_MEMBER", "EMPLOYEE"]);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const cooperativeFacts = z.object({
  id: z.string(),
  name: z.string(),
  type: cooperativeType,
  status: cooperativeStatus,
  province: z.string(),
  region: z.string(),
  hasValidDurc: z.boolean(),
});
/** What other domains need to know about a cooperative; membership owns every one of these facts. */
export type CooperativeFacts = z.infer<typeof cooperativeFacts>;

const personFacts = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: personRole,
  startDate: date,
  endDate: date.nullable(),
  cooperative: z.object({ id: z.string(), name: z.string(), type: cooperativeType, status: cooperativeStatus }),
});
/** A person of a member cooperative, with the cooperative's status and type. */
export type PersonFacts = z.infer<typeof personFacts>;

const invoicingFacts = z.object({
  id: z.string(),
  name: z.string(),
  taxCode: z.string(),
  status: cooperativeStatus,
  municipality: z.string(),
  province: z.string(),
});
/** What an invoice to a member cooperative names: its legal name, codice fiscale and seat. */
export type InvoicingFacts = z.infer<typeof invoicingFacts>;

const workforce = z.object({ workers: z.number().int().nonnegative() });

const COOPERATIVES = operation(`query MembershipCooperativeFacts($ids: [ID!]!, $on: Date!) {
  cooperatives(first: 100, filter: { ids: $ids }) { nodes { id name type status province region hasValidDurc(on: $on) } }
}`);

const PERSON = operation(`query MembershipPersonFacts($id: ID!) {
  person(id: $id) { id firstName lastName role startDate endDate cooperative { id name type status } }
}`);

const PEOPLE = operation(`query MembershipPeopleOfCooperative($id: ID!, $after: String) {
  cooperative(id: $id) {
    id name type status
    people(first: 100, after: $after, filter: { current: true }) {
      nodes { id firstName lastName role startDate endDate }
      pageInfo { hasNextPage endCursor }
    }
  }
}`);

const WORKFORCE = operation(`query MembershipWorkforce($ids: [ID!]!, $month: String!) {
  cooperatives(first: 100, filter: { ids: $ids }) { nodes { id type workforce(month: $month) { workers } } }
}`);

const COOPERATIVES_OF_TYPE = operation(`query MembershipCooperativesOfType($types: [CooperativeType!]!, $statuses: [CooperativeStatus!]!, $after: String) {
  cooperatives(first: 100, after: $after, filter: { type: $types, status: $statuses }) {
    nodes { id name type status }
    pageInfo { hasNextPage endCursor }
  }
}`);

/** A cooperative of the directory: who it is, its type and status. */
export type CooperativeListing = Pick<CooperativeFacts, "id" | "name" | "type" | "status">;

const INVOICING = operation(`query MembershipInvoicingFacts($ids: [ID!]!) {
  cooperatives(first: 100, filter: { ids: $ids }) { nodes { id name taxCode status municipality province } }
}`);

export interface MembershipClient {
  /**
   * The cooperatives among `ids` that membership knows (absent ones are missing from the map), with
   * whether a DURC covers `on`. Throws SERVICE_UNAVAILABLE when membership cannot answer: a write
   * that depends on it must not guess.
   */
  cooperatives(ids: readonly string[], on: Date, purpose: string): Promise<Map<string, CooperativeFacts>>;
  /** A person with their cooperative's status and type; null when membership knows no such person. */
  person(id: string, purpose: string): Promise<PersonFacts | null>;
  /** The people of a cooperative who have not left (null when membership knows no such cooperative). */
  currentPeople(cooperativeId: string, purpose: string): Promise<PersonFacts[] | null>;
  /** Workers (worker members and employees, by headcount) of each cooperative during `month` (YYYY-MM). */
  workforce(ids: readonly string[], month: string, purpose: string): Promise<Map<string, { type: CooperativeFacts["type"]; workers: number }>>;
  /** Every cooperative of one of `types` in one of `statuses`, by name, all pages. */
  cooperativesOfType(types: readonly CooperativeFacts["type"][], statuses: readonly CooperativeFacts["status"][], purpose: string): Promise<CooperativeListing[]>;
  /** The legal name, codice fiscale, status and seat of the cooperatives among `ids` that membership knows, for their invoices. */
  invoicingFacts(ids: readonly string[], purpose: string): Promise<Map<string, InvoicingFacts>>;
}

/** Membership's facts, asked through the gateway with the asking subgraph's SERVICE identity. */
export function membershipClient(ask: GatewayAsk): MembershipClient {
  return {
    async cooperatives(ids, on, purpose) {
      const asking = { owner: OWNER, purpose };
      const nodes = await inChunks(ids, async (chunk) => {
        const data = await ask(COOPERATIVES, { ids: chunk, on: isoDate(on) }, asking);
        return validAnswer(z.object({ cooperatives: z.object({ nodes: z.array(cooperativeFacts) }) }), data, asking).cooperatives.nodes;
      });
      return new Map(nodes.map((node) => [node.id, node]));
    },

    async person(id, purpose) {
      const asking = { owner: OWNER, purpose };
      const data = await ask(PERSON, { id }, asking);
      return validAnswer(z.object({ person: personFacts.nullable() }), data, asking).person;
    },

    async currentPeople(cooperativeId, purpose) {
      const asking = { owner: OWNER, purpose };
      const shape = z.object({
        cooperative: z
          .object({
            id: z.string(),
            name: z.string(),
            type: cooperativeType,
            status: cooperativeStatus,
            people: z.object({
              nodes: z.array(personFacts.omit({ cooperative: true })),
              pageInfo,
            }),
          })
          .nullable(),
      });
      let known = true;
      const people = await allPages<PersonFacts>(async (after) => {
        const answer = validAnswer(shape, await ask(PEOPLE, { id: cooperativeId, after }, asking), asking).cooperative;
        if (!answer) {
          known = false;
          return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
        }
        const { people: page, ...cooperative } = answer;
        return { nodes: page.nodes.map((person) => ({ ...person, cooperative })), pageInfo: page.pageInfo };
      });
      return known ? people : null;
    },

    async workforce(ids, month, purpose) {
      const asking = { owner: OWNER, purpose };
      const node = z.object({ id: z.string(), type: cooperativeType, workforce: workforce });
      const nodes = await inChunks(ids, async (chunk) => {
        const data = await ask(WORKFORCE, { ids: chunk, month }, asking);
        return validAnswer(z.object({ cooperatives: z.object({ nodes: z.array(node) }) }), data, asking).cooperatives.nodes;
      });
      return new Map(nodes.map((n) => [n.id, { type: n.type, workers: n.workforce.workers }]));
    },

    async cooperativesOfType(types, statuses, purpose) {
      const asking = { owner: OWNER, purpose };
      const shape = z.object({
        cooperatives: z.object({
          nodes: z.array(z.object({ id: z.string(), name: z.string(), type: cooperativeType, status: cooperativeStatus })),
          pageInfo,
        }),
      });
      return allPages<CooperativeListing>(async (after) => validAnswer(shape, await ask(COOPERATIVES_OF_TYPE, { types, statuses, after }, asking), asking).cooperatives);
    },

    async invoicingFacts(ids, purpose) {
      const asking = { owner: OWNER, purpose };
      const nodes = await inChunks(ids, async (chunk) => {
        const data = await ask(INVOICING, { ids: chunk }, asking);
        return validAnswer(z.object({ cooperatives: z.object({ nodes: z.array(invoicingFacts) }) }), data, asking).cooperatives.nodes;
      });
      return new Map(nodes.map((node) => [node.id, node]));
    },
  };
}

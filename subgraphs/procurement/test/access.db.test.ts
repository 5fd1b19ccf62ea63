import { demoId } from "@coopgraph/kit";
import { startProcurement, type Procurement } from "./support/harness";
import { assigned, awardedContract, cooperative, knownToMembership, tenderAt } from "./support/scenarios";

let p: Procurement;
let draftId: string;
let publishedId: string;
let contractA: { id: string; tenderId: string };
let contractB: { id: string; tenderId: string };
const [coop2, coop4, coop6] = [2, 4, 6].map((n) => demoId("cooperative", n));

beforeAll(async () => {
  p = await startProcurement();
  await knownToMembership(p, cooperative(2), cooperative(4), cooperative(6));
  draftId = (await tenderAt(p, "DRAFT", { title: "Bozza riservata", notes: "solo staff" })).id;
  publishedId = (await tenderAt(p, "PUBLISHED", { title: "Gara pubblicata", notes: "strategia di ribasso" })).id;
  contractA = await awardedContract(p, { title: "Contratto A" });
  await assigned(p, contractA.id, [
    [coop2, "70"],
    [coop4, "30"],
  ]);
  contractB = await awardedContract(p, { title: "Contratto B" });
  await assigned(p, contractB.id, [[coop6, "100"]]);
});
afterAll(() => p?.stop());

const TENDERS = `{ tenders(first: 100) { totalCount nodes { title status notes statusHistory { toStatus } } } }`;
const CONTRACTS = `{ contracts(first: 100) { totalCount nodes { tender { title } assignments { nodes { cooperative { id } sharePercent } } } } }`;

describe("who reads tenders", () => {
  it("shows the consortium's staff everything, drafts and internal notes included", async () => {
    const { data } = await p.query(TENDERS);
    expect(data!.tenders.nodes).toEqual(
      expect.arrayContaining([
        { title: "Bozza riservata", status: "DRAFT", notes: "solo staff", statusHistory: [{ toStatus: "DRAFT" }] },
        { title: "Gara pubblicata", status: "PUBLISHED", notes: "strategia di ribasso", statusHistory: [{ toStatus: "DRAFT" }, { toStatus: "PUBLISHED" }] },
      ]),
    );
  });

  it.each(["PARTNER", "ANALYST", "COOP_MANAGER"] as const)("shows a %s published tenders without internal notes or history", async (role) => {
    const { data, errors } = await p.query(TENDERS, {}, { role, ...(role === "COOP_MANAGER" ? { coopId: coop2 } : {}) });
    expect(errors).toBeUndefined();
    expect(data!.tenders.totalCount).toBe(3);
    expect(data!.tenders.nodes.map((t: { title: string }) => t.title).sort()).toEqual(["Contratto A", "Contratto B", "Gara pubblicata"]);
    expect(data!.tenders.nodes.every((t: { notes: unknown; statusHistory: unknown }) => t.notes === null && t.statusHistory === null)).toBe(true);
  });

  it("answers null for a draft a partner asks for by id", async () => {
    const query = `query ($id: ID!) { tender(id: $id) { title } }`;
    expect((await p.query(query, { id: draftId }, { role: "PARTNER" })).data).toEqual({ tender: null });
    expect((await p.query(query, { id: publishedId }, { role: "PARTNER" })).data).toEqual({ tender: { title: "Gara pubblicata" } });
  });

  it("refuses anonymous callers", async () => {
    expect((await p.query(TENDERS, {}, null)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("who reads contracts and assignments", () => {
  it.each(["ADMIN", "PARTNER", "ANALYST"] as const)("shows a %s every awarded contract and who executes it", async (role) => {
    const { data } = await p.query(CONTRACTS, {}, { role });
    expect(data!.contracts.totalCount).toBe(2);
    expect(data!.contracts.nodes).toEqual(
      expect.arrayContaining([
        {
          tender: { title: "Contratto A" },
          assignments: {
            nodes: [
              { cooperative: { id: coop2 }, sharePercent: "70.00" },
              { cooperative: { id: coop4 }, sharePercent: "30.00" },
            ],
          },
        },
        { tender: { title: "Contratto B" }, assignments: { nodes: [{ cooperative: { id: coop6 }, sharePercent: "100.00" }] } },
      ]),
    );
  });

  it("shows a cooperative's manager the contracts assigned to their cooperative, and their own assignment", async () => {
    const { data } = await p.query(CONTRACTS, {}, { role: "COOP_MANAGER", coopId: coop4 });
    expect(data).toEqual({
      contracts: { totalCount: 1, nodes: [{ tender: { title: "Contratto A" }, assignments: { nodes: [{ cooperative: { id: coop4 }, sharePercent: "30.00" }] } }] },
    });
    const other = await p.query(`query ($id: ID!) { contract(id: $id) { id } }`, { id: contractB.id }, { role: "COOP_MANAGER", coopId: coop4 });
    expect(other.data).toEqual({ contract: null });
  });

  it("shows an inclusion operator no contracts", async () => {
    expect((await p.query(CONTRACTS, {}, { role: "INCLUSION_OPERATOR" })).data).toEqual({ contracts: { totalCount: 0, nodes: [] } });
  });

  it("shows a cooperative's assignments to its manager and to readers of public data, not to other managers", async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cooperative { id assignments { totalCount } contractValue(year: 2026) } } }`;
    const reps = [{ __typename: "Cooperative", id: coop4 }];
    expect((await p.query(query, { reps }, { role: "COOP_MANAGER", coopId: coop4 })).data).toEqual({
      _entities: [{ id: coop4, assignments: { totalCount: 1 }, contractValue: "51300.00" }],
    });
    expect((await p.query(query, { reps }, { role: "PARTNER" })).data!._entities[0].assignments).toEqual({ totalCount: 1 });
    expect((await p.query(query, { reps }, { role: "COOP_MANAGER", coopId: coop2 })).data).toEqual({
      _entities: [{ id: coop4, assignments: null, contractValue: null }],
    });
  });

  it("lets only the consortium's staff award and assign", async () => {
    const answer = await p.query(
      `mutation ($id: ID!) { assignContract(input: { contractId: $id, assignments: [{ cooperativeId: "${coop2}", sharePercent: "100" }] }) { id } }`,
      { id: contractB.id },
      { role: "COOP_MANAGER", coopId: coop2 },
    );
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
  });
});

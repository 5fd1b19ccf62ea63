import { demoId } from "@coopgraph/kit";
import { errorsOf, isoInDays, startProcurement, type Procurement } from "./support/harness";
import { cooperative, knownToMembership } from "./support/scenarios";

let p: Procurement;
beforeAll(async () => {
  p = await startProcurement();
  await knownToMembership(p, cooperative(2), cooperative(5), cooperative(27, { name: "Il Ponte", status: "SUSPENDED" }));
});
afterAll(() => p?.stop());

const [coop2, coop5, coop27] = [2, 5, 27].map((n) => demoId("cooperative", n));
const CREATE = `mutation ($input: CreateGroupPurchaseInput!) { createGroupPurchase(input: $input) { id item unit unitPrice closesOn open } }`;
const ORDER = `mutation ($input: PlaceGroupOrderInput!) { placeGroupOrder(input: $input) { id } }`;
const TOTALS = `query ($id: ID!) { groupPurchase(id: $id) { totals { quantity amount byCooperative { cooperative { id } quantity amount } } orders { cooperative { id } quantity amount } } }`;

async function openPurchase(unitPrice = "6.90", closesOn = isoInDays(10)) {
  const answer = await p.query(CREATE, { input: { item: "Guanti in nitrile", unit: "scatola da 100", unitPrice, closesOn } });
  expect(answer.errors).toBeUndefined();
  return answer.data!.createGroupPurchase as { id: string };
}

describe("a purchasing group", () => {
  it("collects members' orders and totals them per member and overall, to the cent", async () => {
    const purchase = await openPurchase("6.99");
    for (const [cooperativeId, quantity] of [
      [coop2, 40],
      [coop5, 25],
      [coop2, 10],
    ] as const) {
      expect((await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId, quantity } })).errors).toBeUndefined();
    }
    expect((await p.query(TOTALS, { id: purchase.id })).data).toEqual({
      groupPurchase: {
        totals: {
          quantity: 75,
          amount: "524.25",
          byCooperative: [
            { cooperative: { id: coop2 }, quantity: 50, amount: "349.50" },
            { cooperative: { id: coop5 }, quantity: 25, amount: "174.75" },
          ],
        },
        orders: [
          { cooperative: { id: coop2 }, quantity: 40, amount: "279.60" },
          { cooperative: { id: coop5 }, quantity: 25, amount: "174.75" },
          { cooperative: { id: coop2 }, quantity: 10, amount: "69.90" },
        ],
      },
    });
  });

  it("shows a cooperative's manager the overall totals and their own line only", async () => {
    const purchase = await openPurchase("2.50");
    await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId: coop2, quantity: 4 } });
    await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId: coop5, quantity: 6 } }, { role: "COOP_MANAGER", coopId: coop5 });
    expect((await p.query(TOTALS, { id: purchase.id }, { role: "COOP_MANAGER", coopId: coop5 })).data).toEqual({
      groupPurchase: {
        totals: { quantity: 10, amount: "25.00", byCooperative: [{ cooperative: { id: coop5 }, quantity: 6, amount: "15.00" }] },
        orders: [{ cooperative: { id: coop5 }, quantity: 6, amount: "15.00" }],
      },
    });
  });

  it("lets a manager order for their own cooperative only", async () => {
    const purchase = await openPurchase();
    expect(errorsOf(await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId: coop2, quantity: 1 } }, { role: "COOP_MANAGER", coopId: coop5 }))).toEqual([
      { code: "FORBIDDEN", field: undefined, message: "a cooperative manager orders for their own cooperative only" },
    ]);
  });

  it("refuses orders of a suspended member, and writes nothing", async () => {
    const purchase = await openPurchase();
    expect(errorsOf(await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId: coop27, quantity: 3 } }))).toEqual([
      { code: "CONFLICT", field: "input.cooperativeId", message: "Il Ponte is SUSPENDED: only ACTIVE members order in a group purchase" },
    ]);
    expect(await p.db.groupOrder.count({ where: { groupPurchaseId: purchase.id } })).toBe(0);
  });

  it("refuses orders after the closing day", async () => {
    const purchase = await openPurchase();
    await p.db.groupPurchase.update({ where: { id: purchase.id }, data: { closesOn: new Date(Date.now() - 2 * 86_400_000) } });
    const answer = await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId: coop2, quantity: 3 } });
    expect(errorsOf(answer)).toEqual([{ code: "CONFLICT", field: "input.groupPurchaseId", message: expect.stringMatching(/^this group purchase closed on \d{4}-\d{2}-\d{2}$/) }]);
  });

  it("keeps group purchases from partners", async () => {
    expect(errorsOf(await p.query(`{ groupPurchases { totalCount } }`, {}, { role: "PARTNER" }))[0].code).toBe("FORBIDDEN");
  });

  // Last: it stops membership for the rest of this file.
  it("refuses orders when membership is down, and writes nothing", async () => {
    const purchase = await openPurchase();
    await p.stopMembership();
    expect(errorsOf(await p.query(ORDER, { input: { groupPurchaseId: purchase.id, cooperativeId: coop2, quantity: 3 } }))).toEqual([
      {
        code: "SERVICE_UNAVAILABLE",
        field: undefined,
        message:
          "membership could not confirm that the cooperative is an active member (it answered: the membership service could not be reached (ECONNREFUSED)); nothing was written",
      },
    ]);
    expect(await p.db.groupOrder.count({ where: { groupPurchaseId: purchase.id } })).toBe(0);
  });
});

import type { CooperativeFacts } from "@coopgraph/clients";
import { formatCents } from "@coopgraph/kit";
import { groupTotals, orderQuantity, orderRefusal } from "../src/groupPurchase/groupPurchase.rules";
import { day } from "@coopgraph/testing";

describe("a group purchase", () => {
  it("totals the orders per member and overall, to the cent", () => {
    const totals = groupTotals(
      [
        { cooperativeId: "a", quantity: 3 },
        { cooperativeId: "b", quantity: 7 },
        { cooperativeId: "a", quantity: 2 },
      ],
      "12.33",
    );
    expect({
      ...totals,
      amountCents: formatCents(totals.amountCents),
      byCooperative: totals.byCooperative.map((m) => ({ ...m, amountCents: formatCents(m.amountCents) })),
    }).toEqual({
      quantity: 12,
      amountCents: "147.96",
      byCooperative: [
        { cooperativeId: "a", quantity: 5, amountCents: "61.65" },
        { cooperativeId: "b", quantity: 7, amountCents: "86.31" },
      ],
    });
  });

  it("takes orders of active members until its closing day", () => {
    const coop: CooperativeFacts = { id: "a", name: "La Spiga", type: "B", status: "ACTIVE", province: "BG", region: "Lombardia", hasValidDurc: true };
    const purchase = { closesOn: day("2025-10-31") };
    expect(orderRefusal(purchase, coop, day("2025-10-31"))).toBeNull();
    expect(orderRefusal(purchase, coop, day("2025-11-01"))).toBe("this group purchase closed on 2025-10-31");
    expect(orderRefusal(purchase, { ...coop, status: "SUSPENDED" }, day("2025-10-01"))).toBe("La Spiga is SUSPENDED: only ACTIVE members order in a group purchase");
  });

  it("counts whole units", () => {
    expect(orderQuantity("input.quantity", 4)).toBe(4);
    expect(() => orderQuantity("input.quantity", 0)).toThrow("order at least one unit");
  });
});

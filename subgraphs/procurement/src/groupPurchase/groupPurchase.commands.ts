import type { CooperativeFacts } from "@coopgraph/clients";
import { badInput, conflict } from "@coopgraph/kit";
import type { ProcurementCommand } from "../context";
import type { GroupPurchaseRow } from "../db";
import { isOpen, orderRefusal, type ValidGroupPurchase } from "./groupPurchase.rules";

/** Opens a group purchase: members order units of one item at one price until it closes. */
export const createGroupPurchase: ProcurementCommand<ValidGroupPurchase, GroupPurchaseRow> = (tx, caller, purchase) =>
  tx.groupPurchase.create({ data: { ...purchase, createdBy: caller.sub } });

export interface GroupOrder {
  purchase: GroupPurchaseRow;
  /** Lower case. */
  cooperativeId: string;
  quantity: number;
  /** Membership's facts about the cooperative on `on`, asked before the transaction; null when it knows no such cooperative. */
  cooperative: CooperativeFacts | null;
  on: Date;
}

/** A member's order, while the purchase is open and the cooperative an ACTIVE member. */
export const placeGroupOrder: ProcurementCommand<GroupOrder, GroupPurchaseRow> = async (tx, caller, order) => {
  if (!order.cooperative) throw badInput("input.cooperativeId", "no member cooperative has this id");
  const refusal = orderRefusal(order.purchase, order.cooperative, order.on);
  if (refusal) throw conflict(refusal, { field: isOpen(order.purchase, order.on) ? "input.cooperativeId" : "input.groupPurchaseId" });
  await tx.groupOrder.create({ data: { groupPurchaseId: order.purchase.id, cooperativeId: order.cooperativeId, quantity: order.quantity, placedBy: caller.sub } });
  return order.purchase;
};

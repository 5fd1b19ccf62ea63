import { badInput, type DecimalValue, isoDate, positiveAmount, requiredText, toCents } from "@coopgraph/kit";
import type { CooperativeFacts } from "@coopgraph/clients";

export interface GroupPurchaseInput {
  item: string;
  unit: string;
  unitPrice: string;
  closesOn: Date;
}

export interface ValidGroupPurchase {
  item: string;
  unit: string;
  unitPrice: string;
  closesOn: Date;
}

export function validateGroupPurchase(input: GroupPurchaseInput, today: Date): ValidGroupPurchase {
  const item = requiredText("input.item", input.item, 200);
  const unit = requiredText("input.unit", input.unit, 100);
  const unitPrice = positiveAmount("input.unitPrice", input.unitPrice);
  if (input.closesOn.getTime() < today.getTime()) throw badInput("input.closesOn", "orders must be open at least until today");
  return { item, unit, unitPrice, closesOn: input.closesOn };
}

export const MAX_ORDER_QUANTITY = 1_000_000;

export function orderQuantity(field: string, quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 1) throw badInput(field, "order at least one unit");
  if (quantity > MAX_ORDER_QUANTITY) throw badInput(field, `order at most ${MAX_ORDER_QUANTITY} units at a time`);
  return quantity;
}

/** Orders are taken until the closing day included. */
export function isOpen(purchase: { closesOn: Date }, on: Date): boolean {
  return on.getTime() <= purchase.closesOn.getTime();
}

/** Why this cooperative cannot order in this group purchase on `on`, or null: it closed, or the cooperative is not an active member. */
export function orderRefusal(purchase: { closesOn: Date }, coop: CooperativeFacts, on: Date): string | null {
  if (!isOpen(purchase, on)) return `this group purchase closed on ${isoDate(purchase.closesOn)}`;
  if (coop.status !== "ACTIVE") return `${coop.name} is ${coop.status}: only ACTIVE members order in a group purchase`;
  return null;
}

export interface MemberTotal {
  cooperativeId: string;
  quantity: number;
  /** quantity x unit price, in cents. */
  amountCents: bigint;
}

export interface PurchaseTotals {
  quantity: number;
  amountCents: bigint;
  byCooperative: MemberTotal[];
}

/** Totals per member (in the order members first ordered) and overall, exact to the cent. */
export function groupTotals(orders: readonly { cooperativeId: string; quantity: number }[], unitPrice: DecimalValue): PurchaseTotals {
  const price = toCents(unitPrice);
  const members = new Map<string, MemberTotal>();
  for (const order of orders) {
    const total = members.get(order.cooperativeId) ?? { cooperativeId: order.cooperativeId, quantity: 0, amountCents: 0n };
    total.quantity += order.quantity;
    total.amountCents += BigInt(order.quantity) * price;
    members.set(order.cooperativeId, total);
  }
  const byCooperative = [...members.values()];
  return {
    quantity: byCooperative.reduce((sum, m) => sum + m.quantity, 0),
    amountCents: byCooperative.reduce((sum, m) => sum + m.amountCents, 0n),
    byCooperative,
  };
}

import { checkCig, checkCup, checkTaxCode } from "@coopgraph/ids";
import { badInput, checked, type DatedEntry, formatCents, isoDate, optionalText, positiveAmount, requiredText, toCents } from "@coopgraph/kit";
import { type EuThresholds, euThresholds } from "../settings";
import type { BuyerKind, TenderObject, TenderProcedure, TenderStatus } from "../db";

/**
 * The tender lifecycle: DRAFT -> PUBLISHED -> BID_SUBMITTED -> AWARDED | LOST |
 * WITHDRAWN; AWARDED -> CONTRACT_SIGNED -> COMPLETED. WITHDRAWN (the buyer revokes the procedure,
 * or the consortium withdraws) can happen at any point before the outcome, so also from DRAFT and
 * PUBLISHED; once awarded, the way out is a signed contract. LOST, WITHDRAWN, COMPLETED are final.
 */
export const TENDER_TRANSITIONS: Record<TenderStatus, readonly TenderStatus[]> = {
  DRAFT: ["PUBLISHED", "WITHDRAWN"],
  PUBLISHED: ["BID_SUBMITTED", "WITHDRAWN"],
  BID_SUBMITTED: ["AWARDED", "LOST", "WITHDRAWN"],
  AWARDED: ["CONTRACT_SIGNED"],
  LOST: [],
  WITHDRAWN: [],
  CONTRACT_SIGNED: ["COMPLETED"],
  COMPLETED: [],
};

/** Statuses a tender may hold while the public can see it: everything but the consortium's drafts. */
export const PUBLIC_STATUSES: readonly TenderStatus[] = ["PUBLISHED", "BID_SUBMITTED", "AWARDED", "LOST", "WITHDRAWN", "CONTRACT_SIGNED", "COMPLETED"];

/**
 * Why `from -> to` is not allowed by changeTenderStatus, or null when it is. AWARDED is reached only
 * through awardTender, which also records the contract.
 */
export function transitionRefusal(from: TenderStatus, to: TenderStatus): string | null {
  const allowed = TENDER_TRANSITIONS[from];
  const aTender = `${/^[AEIOU]/.test(from) ? "an" : "a"} ${from} tender`;
  if (allowed.length === 0) return `${aTender} cannot change status any more`;
  if (to === "AWARDED" && allowed.includes("AWARDED")) {
    const others = allowed.filter((status) => status !== "AWARDED");
    return `a tender becomes AWARDED through awardTender, which records its contract; otherwise ${aTender} can move to ${others.join(" or ")}`;
  }
  if (allowed.includes(to)) return null;
  return `${aTender} can move to ${allowed.join(" or ")}, not to ${to}`;
}

/** Why the tender cannot be awarded now, or null. */
export function awardRefusal(status: TenderStatus): string | null {
  if (status === "BID_SUBMITTED") return null;
  if (status === "AWARDED" || status === "CONTRACT_SIGNED" || status === "COMPLETED") return "this tender has already been awarded";
  return `only a tender whose bid was submitted (BID_SUBMITTED) can be awarded; this one is ${status}`;
}

/** Procedures reserved to type B cooperatives (Law 381/1991 art. 5; D.Lgs. 36/2023 art. 61). */
export const TYPE_B_PROCEDURES: readonly TenderProcedure[] = ["CONVENZIONE_ART5", "RESERVED_CONTRACT"];

export interface ConvenzioneFacts {
  procedure: TenderProcedure;
  object: TenderObject;
  buyerKind: BuyerKind;
}

/** A refusal on an input field. */
export interface FieldRefusal {
  field: string;
  message: string;
}

/**
 * Law 381/1991 art. 5: a public body may award type B cooperatives, by convenzione, the supply of
 * goods and services (not works) of an amount net of VAT below the EU threshold. `amountField`
 * names the input the amount came from. Null when the convenzione is allowed (or it is none).
 */
export function convenzioneRefusal(facts: ConvenzioneFacts, amount: string, on: Date, amountField: string): FieldRefusal | null {
  if (facts.procedure !== "CONVENZIONE_ART5") return null;
  if (facts.object === "WORKS") {
    return { field: "input.object", message: "a convenzione art. 5 (Law 381/1991) is for supplies and services, not works" };
  }
  if (facts.buyerKind === "PRIVATE_CLIENT") {
    return { field: "input.buyer.kind", message: "a convenzione art. 5 (Law 381/1991) is made with a public body, not a private client" };
  }
  let entry: DatedEntry<EuThresholds>;
  try {
    entry = euThresholds.entryAt(on);
  } catch {
    return { field: amountField, message: `no EU threshold is configured for ${isoDate(on)}` };
  }
  const central = facts.buyerKind === "CENTRAL_AUTHORITY";
  const threshold = central ? entry.value.centralSuppliesServices : entry.value.subCentralSuppliesServices;
  if (toCents(amount) < toCents(threshold)) return null;
  return {
    field: amountField,
    message:
      `a convenzione art. 5 (Law 381/1991) must stay below the EU threshold for supplies and services of ` +
      `${central ? "central" : "sub-central"} authorities, EUR ${formatCents(toCents(threshold))} on ${isoDate(on)} (${entry.source}); ` +
      `this is EUR ${formatCents(toCents(amount))}`,
  };
}

export interface TenderInput {
  cig: string;
  cup?: string | null;
  title: string;
  object: TenderObject;
  procedure: TenderProcedure;
  buyer: { name: string; taxCode: string; kind: BuyerKind };
  baseAmount: string;
  deadline: Date;
  lots?: { title: string; baseAmount: string; cig?: string | null }[] | null;
  notes?: string | null;
}

export interface ValidTender {
  cig: string;
  cup: string | null;
  title: string;
  object: TenderObject;
  procedure: TenderProcedure;
  buyerName: string;
  buyerTaxCode: string;
  buyerKind: BuyerKind;
  baseAmount: string;
  deadline: Date;
  notes: string | null;
  lots: { number: number; title: string; baseAmount: string; cig: string | null }[];
}

/** Validates and normalises a new tender; the first fault is thrown as BAD_USER_INPUT on its field. */
export function validateTender(input: TenderInput, on: Date): ValidTender {
  const cig = checked("input.cig", input.cig, checkCig);
  const cup = input.cup != null && input.cup.trim() !== "" ? checked("input.cup", input.cup, checkCup) : null;
  const title = requiredText("input.title", input.title, 300);
  const buyerName = requiredText("input.buyer.name", input.buyer.name, 200);
  const buyerTaxCode = checked("input.buyer.taxCode", input.buyer.taxCode, checkTaxCode);
  const baseAmount = positiveAmount("input.baseAmount", input.baseAmount);
  const lots = (input.lots ?? []).map((lot, i) => ({
    number: i + 1,
    title: requiredText(`input.lots.${i}.title`, lot.title, 300),
    baseAmount: positiveAmount(`input.lots.${i}.baseAmount`, lot.baseAmount),
    cig: lot.cig != null && lot.cig.trim() !== "" ? checked(`input.lots.${i}.cig`, lot.cig, checkCig) : null,
  }));
  const cigs = new Set([cig]);
  lots.forEach((lot, i) => {
    if (!lot.cig) return;
    if (cigs.has(lot.cig)) throw badInput(`input.lots.${i}.cig`, "each lot needs its own CIG, different from the tender's and the other lots'");
    cigs.add(lot.cig);
  });
  if (lots.length > 0) {
    const sum = lots.reduce((acc, lot) => acc + toCents(lot.baseAmount), 0n);
    if (sum !== toCents(baseAmount)) {
      throw badInput("input.lots", `the lots' base amounts add up to ${formatCents(sum)}, not to the tender's ${formatCents(toCents(baseAmount))}`);
    }
  }
  const refusal = convenzioneRefusal({ procedure: input.procedure, object: input.object, buyerKind: input.buyer.kind }, baseAmount, on, "input.baseAmount");
  if (refusal) throw badInput(refusal.field, refusal.message);
  return {
    cig,
    cup,
    title,
    object: input.object,
    procedure: input.procedure,
    buyerName,
    buyerTaxCode,
    buyerKind: input.buyer.kind,
    baseAmount,
    deadline: input.deadline,
    notes: optionalText("input.notes", input.notes, 4000),
    lots,
  };
}

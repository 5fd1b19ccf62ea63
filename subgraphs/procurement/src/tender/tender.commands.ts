import { conflict, foundById, onDuplicate, toCents, today } from "@coopgraph/kit";
import { signingRefusal } from "../contract/contract.rules";
import type { ProcurementCommand } from "../context";
import type { PrismaClient, TenderRow, TenderStatus } from "../db";
import { TENDER_TRANSITIONS, transitionRefusal, type ValidTender } from "./tender.rules";

/** Records a tender the consortium follows, as DRAFT; a CIG names one tender or lot only. */
export const createTender: ProcurementCommand<ValidTender, TenderRow> = onDuplicate<PrismaClient, ValidTender, TenderRow>(
  async (tx, caller, { lots, ...tender }) => {
    const cigs = [{ field: "input.cig", cig: tender.cig }, ...lots.flatMap((lot, i) => (lot.cig ? [{ field: `input.lots.${i}.cig`, cig: lot.cig }] : []))];
    const values = cigs.map((c) => c.cig);
    const [tenders, lotRows] = await Promise.all([
      tx.tender.findMany({ where: { cig: { in: values } }, select: { cig: true } }),
      tx.tenderLot.findMany({ where: { cig: { in: values } }, select: { cig: true } }),
    ]);
    const taken = new Set([...tenders, ...lotRows].map((row) => row.cig));
    const duplicate = cigs.find((c) => taken.has(c.cig));
    if (duplicate) throw conflict(`the CIG ${duplicate.cig} is already recorded for another tender`, { field: duplicate.field });
    return tx.tender.create({
      data: {
        ...tender,
        status: "DRAFT",
        createdBy: caller.sub,
        lots: { create: lots },
        statusChanges: { create: { fromStatus: null, toStatus: "DRAFT", reason: "recorded", changedBy: caller.sub } },
      },
    });
  },
  () => conflict("this CIG is already recorded for another tender", { field: "input.cig" }),
);

export interface TenderStatusRequest {
  tenderId: string;
  status: TenderStatus;
  reason: string | null;
}

/** Moves a tender along its lifecycle; CONTRACT_SIGNED needs its contract assigned in full, and dates the signature. */
export const changeTenderStatus: ProcurementCommand<TenderStatusRequest, TenderRow> = async (tx, caller, input) => {
  const tender = await foundById("tender", input.tenderId, (id) => tx.tender.findUnique({ where: { id } }));
  const refusal = transitionRefusal(tender.status, input.status);
  if (refusal) throw conflict(refusal, { field: "input.status", allowed: TENDER_TRANSITIONS[tender.status] });
  if (input.status === "CONTRACT_SIGNED") {
    // Locks the contract: no assignment can slip in between the check and the signature.
    const [contract] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Contract" WHERE "tenderId" = ${tender.id}::uuid FOR UPDATE`;
    if (!contract) throw conflict("this tender has no contract to sign");
    const shares = await tx.assignment.findMany({ where: { contractId: contract.id }, select: { sharePercent: true } });
    const unsigned = signingRefusal(shares.reduce((sum, a) => sum + toCents(a.sharePercent), 0n));
    if (unsigned) throw conflict(unsigned, { field: "input.status" });
    await tx.contract.update({ where: { id: contract.id }, data: { signedOn: today() } });
  }
  // Conditional on the status just read: of two concurrent changes, the second finds it moved.
  const moved = await tx.tender.updateMany({ where: { id: tender.id, status: tender.status }, data: { status: input.status } });
  if (moved.count === 0) throw conflict("the tender's status changed meanwhile; read it again");
  await tx.tenderStatusChange.create({ data: { tenderId: tender.id, fromStatus: tender.status, toStatus: input.status, reason: input.reason, changedBy: caller.sub } });
  return tx.tender.findUniqueOrThrow({ where: { id: tender.id } });
};

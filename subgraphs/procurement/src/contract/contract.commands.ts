import { conflict, foundById, onDuplicate, today } from "@coopgraph/kit";
import type { ProcurementCommand } from "../context";
import type { ContractRow, PrismaClient } from "../db";
import { awardRefusal } from "../tender/tender.rules";
import { type AwardInput, validateAward } from "./contract.rules";

export interface Award extends AwardInput {
  tenderId: string;
}

/** The buyer awarded a tender (BID_SUBMITTED) to the consortium: records the contract and moves the tender to AWARDED. */
export const awardTender: ProcurementCommand<Award, ContractRow> = onDuplicate<PrismaClient, Award, ContractRow>(
  async (tx, caller, input) => {
    const tender = await foundById("tender", input.tenderId, (id) => tx.tender.findUnique({ where: { id } }));
    const refusal = awardRefusal(tender.status);
    if (refusal) throw conflict(refusal, { field: "input.tenderId" });
    const award = validateAward(input, tender, today());
    const moved = await tx.tender.updateMany({ where: { id: tender.id, status: "BID_SUBMITTED" }, data: { status: "AWARDED" } });
    if (moved.count === 0) throw conflict("the tender's status changed meanwhile; read it again");
    await tx.tenderStatusChange.create({
      data: { tenderId: tender.id, fromStatus: "BID_SUBMITTED", toStatus: "AWARDED", reason: `awarded for EUR ${award.value}`, changedBy: caller.sub },
    });
    return tx.contract.create({ data: { tenderId: tender.id, ...award, createdBy: caller.sub } });
  },
  () => conflict("this tender has already been awarded", { field: "input.tenderId" }),
);

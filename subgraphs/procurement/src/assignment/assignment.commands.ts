import type { CooperativeFacts, InclusionVerdict } from "@coopgraph/clients";
import { badInput, conflict, formatCents, foundById, isUuid, notFound, onDuplicate, toCents } from "@coopgraph/kit";
import type { ProcurementCommand, ProcurementTransaction } from "../context";
import type { ContractRow, PrismaClient, TenderRow } from "../db";
import { assignableRefusal, assignmentRefusal, type RequestedShare, type SharesRefusal, sharesRefusal } from "./assignment.rules";

export interface ContractAssignment {
  contractId: string;
  shares: RequestedShare[];
  /** Membership's facts about each cooperative, asked before the transaction for `onDate`. */
  facts: ReadonlyMap<string, CooperativeFacts>;
  /** Inclusion's 30% verdicts for the month of `onDate`, asked before the transaction for a convenzione art. 5 or a reserved contract. */
  verdicts?: ReadonlyMap<string, InclusionVerdict>;
  onDate: Date;
}

/**
 * Why this contract cannot take these shares now: it does not exist (NOT_FOUND), its tender is
 * not AWARDED or it is assigned in full (CONFLICT), or the shares do not complete it to exactly
 * 100% (BAD_USER_INPUT). Read-only: checked before membership is asked, and again under the
 * contract's lock. Returns the contract and its tender.
 */
export async function refuseUnassignable(
  db: Pick<ProcurementTransaction, "contract" | "tender" | "assignment">,
  contractId: string,
  shares: readonly bigint[],
): Promise<{ contract: ContractRow; tender: TenderRow }> {
  const contract = await foundById("contract", contractId, (id) => db.contract.findUnique({ where: { id } }));
  const tender = await db.tender.findUniqueOrThrow({ where: { id: contract.tenderId } });
  const notAssignable = assignableRefusal(tender.status);
  if (notAssignable) throw conflict(notAssignable, { field: "input.contractId" });
  const rows = await db.assignment.findMany({ where: { contractId }, select: { sharePercent: true } });
  const refusal = sharesRefusal(
    rows.reduce((sum, row) => sum + toCents(row.sharePercent), 0n),
    shares,
  );
  if (refusal) refuseShares(refusal);
  return { contract, tender };
}

function refuseShares(refusal: SharesRefusal): never {
  throw refusal.kind === "CONFLICT" ? conflict(refusal.message, { field: "input.contractId" }) : badInput("input.assignments", refusal.message);
}

/**
 * Assigns an AWARDED contract to member cooperatives, the shares completing it to exactly 100%,
 * each cooperative ACTIVE with a valid DURC on `onDate` (type B or AB for a convenzione art. 5 or a
 * reserved contract), as membership said.
 */
export const assignContract: ProcurementCommand<ContractAssignment, ContractRow> = onDuplicate<PrismaClient, ContractAssignment, ContractRow>(
  async (tx, caller, input) => {
    // Row lock on the contract: concurrent assignments of it run one after the other, and the
    // second sees the shares of the first.
    const locked = isUuid(input.contractId) ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Contract" WHERE id = ${input.contractId}::uuid FOR UPDATE` : [];
    if (locked.length === 0) throw notFound("contract", input.contractId);
    const { contract, tender } = await refuseUnassignable(
      tx,
      input.contractId,
      input.shares.map((s) => s.share),
    );
    input.shares.forEach((share, i) => {
      const coop = input.facts.get(share.cooperativeId);
      const field = `input.assignments.${i}.cooperativeId`;
      if (!coop) throw badInput(field, "no member cooperative has this id");
      const ineligible = assignmentRefusal(coop, tender, input.onDate, input.verdicts?.get(share.cooperativeId));
      if (ineligible) throw conflict(ineligible, { field });
    });
    await tx.assignment.createMany({
      data: input.shares.map((share) => ({
        contractId: contract.id,
        cooperativeId: share.cooperativeId,
        sharePercent: formatCents(share.share),
        assignedOn: input.onDate,
        assignedBy: caller.sub,
      })),
    });
    return contract;
  },
  () => conflict("one of these cooperatives already has a share of this contract", { field: "input.assignments" }),
);

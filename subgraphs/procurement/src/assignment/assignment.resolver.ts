import { badInput, conflict, DecimalScalar, formatCents, isUniqueViolation, isUuid, MAX_PAGE_SIZE, notFound, percentHundredths, Public, requireIdentity, toCents, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context";
import { canSeeAssignmentsOf } from "../contract/contract.access";
import { contractById } from "../contract/contract.loaders";
import { Contract } from "../contract/contract.type";
import { Cooperative } from "../cooperative/cooperative.type";
import type { AssignmentRow, ContractRow } from "../db";
import { tenderById } from "../tender/tender.loaders";
import { AssignContractInput } from "./assignment.inputs";
import { assignmentById, assignmentsByContract } from "./assignment.loaders";
import { assignableRefusal, assignmentAmounts, assignmentRefusal, sharesRefusal, type SharesRefusal } from "./assignment.rules";
import { Assignment } from "./assignment.type";

function refuseShares(refusal: SharesRefusal): never {
  throw refusal.kind === "CONFLICT" ? conflict(refusal.message, { field: "input.contractId" }) : badInput("input.assignments", refusal.message);
}

/** This assignment's part of its contract's value, in cents, exact across the contract's assignees. */
export async function assignmentAmountCents(ctx: ProcurementContext, assignment: AssignmentRow): Promise<bigint> {
  const [contract, all] = await Promise.all([contractById(ctx).load(assignment.contractId), assignmentsByContract(ctx).load(assignment.contractId)]);
  const amounts = assignmentAmounts(toCents(contract!.value), all.map((a) => toCents(a.sharePercent)));
  return amounts[all.findIndex((a) => a.id === assignment.id)];
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Cooperative, { description: "The member cooperative executing this share (resolved by membership)." })
  @Public()
  cooperative(@Root() assignment: AssignmentRow): Cooperative {
    return { id: assignment.cooperativeId };
  }

  @FieldResolver(() => Contract, { description: "The contract this is a share of." })
  @Public()
  async contract(@Root() assignment: AssignmentRow, @Ctx() ctx: ProcurementContext): Promise<ContractRow> {
    return (await contractById(ctx).load(assignment.contractId))!;
  }

  @FieldResolver(() => DecimalScalar, { description: "Its share of the contract's value, in euro; the assignees' amounts add up to the value exactly." })
  @Public()
  async amount(@Root() assignment: AssignmentRow, @Ctx() ctx: ProcurementContext): Promise<string> {
    return formatCents(await assignmentAmountCents(ctx, assignment));
  }

  @Mutation(() => Contract, {
    description:
      "Assigns an AWARDED contract to member cooperatives, shares adding up to exactly 100%. Membership confirms each one ACTIVE with a valid DURC today (type B or AB for a convenzione art. 5 or a reserved contract); if it cannot answer, nothing is written.",
  })
  @Authorized("ADMIN")
  async assignContract(@Ctx() ctx: ProcurementContext, @Arg("input") input: AssignContractInput): Promise<ContractRow> {
    const { sub } = requireIdentity(ctx);
    if (input.assignments.length === 0) throw badInput("input.assignments", "name at least one cooperative");
    if (input.assignments.length > MAX_PAGE_SIZE) throw badInput("input.assignments", `a contract can be assigned to at most ${MAX_PAGE_SIZE} cooperatives`);
    const seen = new Set<string>();
    const shares = input.assignments.map((a, i) => {
      const field = `input.assignments.${i}.cooperativeId`;
      if (!isUuid(a.cooperativeId)) throw badInput(field, "this is not the id of a cooperative");
      if (seen.has(a.cooperativeId.toLowerCase())) throw badInput(field, "this cooperative is listed twice");
      seen.add(a.cooperativeId.toLowerCase());
      return percentHundredths(`input.assignments.${i}.sharePercent`, a.sharePercent);
    });

    const contract = await contractById(ctx).load(input.contractId);
    if (!contract) throw notFound("contract", input.contractId);
    const tender = (await tenderById(ctx).load(contract.tenderId))!;
    const notAssignable = assignableRefusal(tender.status);
    if (notAssignable) throw conflict(notAssignable, { field: "input.contractId" });
    const refusal = sharesRefusal(await assignedSoFar(ctx.db, contract.id), shares);
    if (refusal) refuseShares(refusal);

    // Eligibility is membership's to say, asked before any write: if it cannot answer, nothing is written.
    const onDate = today();
    const facts = await ctx.membership.cooperatives(
      input.assignments.map((a) => a.cooperativeId.toLowerCase()),
      onDate,
      "that the cooperatives are active members with a valid DURC",
    );
    input.assignments.forEach((a, i) => {
      const coop = facts.get(a.cooperativeId.toLowerCase());
      const field = `input.assignments.${i}.cooperativeId`;
      if (!coop) throw badInput(field, "no member cooperative has this id");
      const ineligible = assignmentRefusal(coop, tender, onDate);
      if (ineligible) throw conflict(ineligible, { field });
    });

    try {
      await ctx.db.$transaction(async (tx) => {
        // Row lock on the contract: concurrent assignments of it run one after the other, and the
        // second sees the shares of the first.
        await tx.$queryRaw`SELECT id FROM "Contract" WHERE id = ${contract.id}::uuid FOR UPDATE`;
        const current = await tx.tender.findUniqueOrThrow({ where: { id: tender.id }, select: { status: true } });
        const stillAssignable = assignableRefusal(current.status);
        if (stillAssignable) throw conflict(stillAssignable, { field: "input.contractId" });
        const again = sharesRefusal(await assignedSoFar(tx, contract.id), shares);
        if (again) refuseShares(again);
        await tx.assignment.createMany({
          data: input.assignments.map((a, i) => ({
            contractId: contract.id,
            cooperativeId: a.cooperativeId.toLowerCase(),
            sharePercent: formatCents(shares[i]),
            assignedOn: onDate,
            assignedBy: sub,
          })),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("one of these cooperatives already has a share of this contract", { field: "input.assignments" });
      throw error;
    }
    return ctx.db.contract.findUniqueOrThrow({ where: { id: contract.id } });
  }
}

/** Shares of the contract already assigned, in hundredths of a percent. */
async function assignedSoFar(db: Pick<ProcurementContext["db"], "assignment">, contractId: string): Promise<bigint> {
  const rows = await db.assignment.findMany({ where: { contractId }, select: { sharePercent: true } });
  return rows.reduce((sum, row) => sum + toCents(row.sharePercent), 0n);
}

export async function resolveAssignmentReference(ref: { id: string }, ctx: ProcurementContext): Promise<AssignmentRow | null> {
  const assignment = await assignmentById(ctx).load(ref.id);
  return assignment && canSeeAssignmentsOf(ctx.identity, assignment.cooperativeId) ? assignment : null;
}

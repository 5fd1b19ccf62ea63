import { DecimalScalar, execute, formatCents, Public, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ProcurementContext } from "../context";
import { canSeeAssignmentsOf } from "../contract/contract.access";
import { contractById } from "../contract/contract.loaders";
import { Contract } from "../contract/contract.type";
import { Cooperative } from "../cooperative/cooperative.type";
import type { AssignmentRow, ContractRow } from "../db";
import { assignContract, refuseUnassignable } from "./assignment.commands";
import { AssignContractInput } from "./assignment.inputs";
import { assignmentAmountCents, assignmentById } from "./assignment.loaders";
import { needsInclusionVerdict, validateShares, verdictMonth } from "./assignment.rules";
import { Assignment } from "./assignment.type";

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
      "Assigns an AWARDED contract to member cooperatives, shares adding up to exactly 100%. Membership confirms each one ACTIVE with a valid DURC today; a convenzione art. 5 or a reserved contract also needs type B or AB and, from inclusion, at least 30% disadvantaged workers this month. If either cannot answer, nothing is written.",
  })
  @Authorized("ADMIN")
  async assignContract(@Ctx() ctx: ProcurementContext, @Arg("input") input: AssignContractInput): Promise<ContractRow> {
    const shares = validateShares(input.assignments);
    // Refused before membership is asked, when the contract cannot take these shares anyway.
    const { tender } = await refuseUnassignable(
      ctx.db,
      input.contractId,
      shares.map((s) => s.share),
    );
    // Eligibility is membership's and inclusion's to say, asked before any write: if either cannot
    // answer, nothing is written.
    const onDate = today();
    const ids = shares.map((s) => s.cooperativeId);
    const [facts, verdicts] = await Promise.all([
      ctx.membership.cooperatives(ids, onDate, "that the cooperatives are active members with a valid DURC"),
      needsInclusionVerdict(tender.procedure)
        ? ctx.inclusion.compliance(ids, verdictMonth(onDate), "that the cooperatives meet the 30% rule for disadvantaged workers")
        : undefined,
    ]);
    return execute(ctx, assignContract, { contractId: input.contractId, shares, facts, verdicts, onDate });
  }
}

export async function resolveAssignmentReference(ref: { id: string }, ctx: ProcurementContext): Promise<AssignmentRow | null> {
  const assignment = await assignmentById(ctx).load(ref.id);
  return assignment && canSeeAssignmentsOf(ctx.identity, assignment.cooperativeId) ? assignment : null;
}

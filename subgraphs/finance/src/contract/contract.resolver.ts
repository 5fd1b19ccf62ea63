import { DecimalScalar, formatCents, parseDate, toCents } from "@coopgraph/kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { FinanceContext } from "../context";
import { canSeeFees } from "../fee/fee.access";
import { contractFeeCents } from "../fee/fee.rules";
import { consortiumFeeRate } from "../settings";
import { Contract } from "./contract.type";

/** A representation's date: the gateway sends procurement's `startDate` as the string it serialised. */
function dayOf(value: Date | string): Date | undefined {
  return value instanceof Date ? value : parseDate(String(value));
}

@Resolver(() => Contract)
export class ContractFeeResolver {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      "Quota consortile: the contract's value times the consortium fee rate in force on its start date, rounded half up to the cent; its assignees bear it in proportion to their amounts. Null when you may not see it or no rate applies.",
  })
  @Directive('@requires(fields: "value startDate")')
  consortiumFee(@Root() contract: Contract, @Ctx() ctx: FinanceContext): string | null {
    if (!canSeeFees(ctx.identity)) return null;
    const start = dayOf(contract.startDate);
    if (!start || !consortiumFeeRate.covers(start)) return null;
    return formatCents(contractFeeCents(toCents(contract.value as string), consortiumFeeRate.at(start)));
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: "The consortium fee rate in percent applied to this contract; null when you may not see it or none applies." })
  @Directive('@requires(fields: "startDate")')
  consortiumFeeRate(@Root() contract: Contract, @Ctx() ctx: FinanceContext): string | null {
    if (!canSeeFees(ctx.identity)) return null;
    const start = dayOf(contract.startDate);
    return start && consortiumFeeRate.covers(start) ? consortiumFeeRate.at(start) : null;
  }
}

/** The gateway's representation carries the @external fields @requires asked for: keep them. */
export function resolveContractReference(ref: { id: string; value?: unknown; startDate?: unknown }): { id: string; value?: unknown; startDate?: unknown } {
  return ref;
}

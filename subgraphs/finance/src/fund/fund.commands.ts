import { badInput, conflict, formatCents, toCents, type Command, type Transaction } from "@coopgraph/kit";
import type { FundMovementRow, PrismaClient } from "../db";
import { MAX_CENTS } from "../money";

type Tx = Transaction<PrismaClient>;

export interface FundMovementInput {
  kind: "CONTRIBUTION" | "LOAN_GRANTED" | "LOAN_REPAYMENT";
  /** Cents, positive into the fund, negative out of it. */
  amount: bigint;
  date: Date;
  cooperativeId?: string | null;
  contributor?: string | null;
  loanId?: string | null;
  note?: string | null;
  /** The input field a refusal for want of money names. */
  field?: string;
}

/**
 * Moves the fund by one movement, inside the caller's transaction: a single
 * UPDATE ... SET balance = balance + x ... RETURNING, which locks the fund's row until the
 * transaction ends, so concurrent movements apply one after the other and each records the
 * balance it left. Money going out needs that much in the fund (CONFLICT otherwise); money coming
 * in may not take the balance beyond what its column holds (BAD_USER_INPUT).
 */
export async function moveFund(tx: Tx, caller: { sub: string }, movement: FundMovementInput): Promise<FundMovementRow> {
  const amount = formatCents(movement.amount);
  const [after] = await tx.$queryRaw<{ balance: { toFixed(dp: number): string } }[]>`
    UPDATE "Fund" SET "balance" = "balance" + ${amount}::numeric
    WHERE "id" = 1 AND "balance" + ${amount}::numeric BETWEEN 0 AND ${formatCents(MAX_CENTS)}::numeric
    RETURNING "balance"`;
  if (!after) {
    const fund = await tx.fund.findUniqueOrThrow({ where: { id: 1 } });
    if (movement.amount > 0n) {
      throw badInput(
        movement.field ?? "input.amount",
        `the fund holds ${fund.balance.toFixed(2)}: with ${amount} more it would exceed ${formatCents(MAX_CENTS)}, the most it can hold`,
      );
    }
    throw conflict(`the fund holds ${fund.balance.toFixed(2)}: not enough for ${formatCents(-movement.amount)}`, { field: movement.field ?? "input.amount" });
  }
  return tx.fundMovement.create({
    data: {
      kind: movement.kind,
      amount,
      balanceAfter: formatCents(toCents(after.balance)),
      date: movement.date,
      cooperativeId: movement.cooperativeId ?? null,
      contributor: movement.contributor ?? null,
      loanId: movement.loanId ?? null,
      note: movement.note ?? null,
      recordedBy: caller.sub,
    },
  });
}

export interface ContributionInput {
  amount: bigint;
  contributedOn: Date;
  cooperativeId: string | null;
  contributor: string | null;
  note: string | null;
}

/** recordFundContribution: money into the fund from a member cooperative or another contributor. */
export const recordFundContribution: Command<PrismaClient, ContributionInput, FundMovementRow> = (tx, caller, input) =>
  moveFund(tx, caller, {
    kind: "CONTRIBUTION",
    amount: input.amount,
    date: input.contributedOn,
    cooperativeId: input.cooperativeId,
    contributor: input.contributor,
    note: input.note,
  });

import { conflict, isUniqueViolation, type Command } from "@coopgraph/kit";
import type { MembershipFeeRow, PrismaClient } from "../db";

export interface MembershipFeeInput {
  cooperativeId: string;
  cooperativeName: string;
  year: number;
  amount: string;
  paidOn: Date;
}

/** recordMembershipFee: one fee per cooperative and year (a unique key keeps concurrent duplicates out). */
export const recordMembershipFee: Command<PrismaClient, MembershipFeeInput, MembershipFeeRow> = async (tx, caller, input) => {
  try {
    return await tx.membershipFee.create({
      data: { cooperativeId: input.cooperativeId, year: input.year, amount: input.amount, paidOn: input.paidOn, recordedBy: caller.sub },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`the membership fee of ${input.cooperativeName} for ${input.year} is already recorded`, { field: "input.year" });
    throw error;
  }
};
